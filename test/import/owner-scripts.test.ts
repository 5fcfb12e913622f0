import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { importAcademicpages } from '../../src/import/import-site.js';
import { writeSite } from '../helpers/site.js';

const HEAD = `<!-- <link rel="stylesheet" href="/assets/css/old.css"> -->
<script type="text/x-mathjax-config"> MathJax.Hub.Config({ TeX: {} }); </script>
<script src="https://cdn.example.org/mathjax/2.7.4/latest.js?config=TeX-MML-AM_CHTML" async></script>
<style>
  .lab-note { border-left: 3px solid #2a7; }
</style>
<script src="{{ base_path }}/assets/js/lang-switch.js"></script>
<script>
  document.documentElement.classList.add('js');
</script>
`;

test('class 12: site-wide <style> comes over (a commented-out stylesheet does not) as theme CSS; scripts are reported (a language switcher with what Vita does)', () => {
  const src = writeSite({
    '_config.yml': 'title: Ines Moreau\nurl: https://imoreau.github.io\nauthor:\n  name: Ines Moreau\n',
    '_includes/head/custom.html': HEAD,
    'assets/css/old.css': '.old { color: red; }\n',
    '_includes/footer/custom.html': '<!-- <script src="/old.js"></script> -->\n<script src="https://stats.example.org/count.js"></script>\n',
  });
  const dest = join(src, 'out');
  const { report } = importAcademicpages({ src, dest });
  assert.equal(readFileSync(join(dest, 'theme', 'head-custom.css'), 'utf8'), '  .lab-note { border-left: 3px solid #2a7; }\n');
  assert.match(readFileSync(join(dest, 'site.yml'), 'utf8'), /\ntheme:\n {2}css:\n {4}- theme\/head-custom\.css\n/);
  assert.deepEqual(report.split('\n').filter((l) => l.includes('custom.html')), [
    '- _includes/head/custom.html:4: <style> on every page of the old site → theme/head-custom.css, loaded after Vita\'s stylesheet (site.yml theme.css)',
    '- _includes/footer/custom.html:2: script https://stats.example.org/count.js, loaded on every page of the old site, is not carried over: if the pages still need it, put it in an HTML snippet (theme.html.head_end in site.yml, see docs/theming.md)',
    '- _includes/head/custom.html:7: script /assets/js/lang-switch.js, loaded on every page of the old site, is not carried over: it switches languages; Vita does that itself (languages: in site.yml gives every page its translations and a switcher, as in examples/bilingual)',
    '- _includes/head/custom.html:8: inline script, loaded on every page of the old site, is not carried over: if the pages still need it, put it in an HTML snippet (theme.html.head_end in site.yml, see docs/theming.md)',
  ]);
});
