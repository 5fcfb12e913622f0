/** The owner's drawings of a list's items (theme.components), by the model object each one draws. */
export type DrawnItems<T> = ReadonlyMap<T, string> | undefined;

/**
 * One list item drawn by the owner's template, inside the `<li>` Vita keeps around it: the list stays a list,
 * and `block--override` lets the theme drop the default item's own layout (grid, flex) for it.
 */
export function OverrideItem({ block, html }: { block: string; html: string }) {
  return <li class={`${block} ${block}--override`} dangerouslySetInnerHTML={{ __html: html }} />;
}
