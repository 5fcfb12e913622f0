import type { MarkdownIt } from 'markdown-it';

/**
 * Which bare addresses in text become links, as on GitHub: those written with their scheme (`https://…`,
 * `mailto:…`), those starting with `www.`, and e-mail addresses. A bare name with a dot is not a link:
 * `IMPORT-REPORT.md`, `analysis.py` or `notes.ai` are far more often file names than web sites, though
 * `.md`, `.py` and `.ai` are real top-level domains, and neither GitHub nor Jekyll linked `example.com`.
 */
export function bareLinksPlugin(md: MarkdownIt): void {
  md.linkify.set({ fuzzyLink: false });
  let rest: RegExp | undefined;
  md.linkify.add('www.', {
    validate(text, pos, self) {
      // The host and path after `www.`, with the patterns linkify-it builds for links with a scheme.
      const re = self.re as unknown as Record<string, string>;
      rest ??= new RegExp(`^${re.src_host_port_strict}${re.src_path}`, 'i');
      return rest.exec(text.slice(pos))?.[0].length ?? 0;
    },
    normalize(match) {
      match.url = `http://${match.url}`;
    },
  });
}
