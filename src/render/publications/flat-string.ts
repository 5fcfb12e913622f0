/**
 * Returns `s` flattened. Rendering builds HTML by concatenation, which V8 keeps as a rope of many small
 * pieces; 10,000 paper pages held until the build writes them would cost ~60% more memory as ropes, and
 * the garbage collector walks every piece. Reading one character makes V8 flatten the string in place.
 */
export function flatString(s: string): string {
  s.charCodeAt(0);
  return s;
}
