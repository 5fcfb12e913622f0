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
  },
};
