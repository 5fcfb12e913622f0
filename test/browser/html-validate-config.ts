/** html-validate settings for Vita's output: the recommended preset, relaxed only where Vita's choice is deliberate. */
import type { ConfigData } from 'html-validate';

export const HTML_VALIDATE_CONFIG: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // Vita writes `<!doctype html>`: the HTML standard makes the keyword case-insensitive and lower case
    // compresses better next to the all-lower-case markup around it.
    'doctype-style': 'off',
    // preact-render-to-string writes void elements as `<img/>`; both spellings are valid HTML, and the
    // serializer's choice is not ours to override.
    'void-style': 'off',
    // A publication page's <title> is the paper's full title: academic titles routinely exceed the rule's
    // 70-character SEO heuristic, and a cut title would no longer match the paper that Google Scholar indexes.
    'long-title': 'off',
    // KaTeX lays math out with inline lengths on its own spans (heights, shifts, rule widths); Vita's own
    // components use classes, and CSS variables (shiki's colours) stay allowed as in the preset.
    'no-inline-style': ['error', { allowedProperties: ['display', 'height', 'width', 'min-width', 'vertical-align', 'top', 'bottom', 'left',
      'margin-left', 'margin-right', 'margin-top', 'padding-left', 'border-bottom-width', 'border-top-width', 'border-right-width', 'position'] }],
  },
};
