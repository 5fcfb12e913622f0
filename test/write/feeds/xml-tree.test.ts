import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseXml } from './xml-tree.js';

// The checker the feed tests rely on must itself refuse broken XML.
test('the XML reader accepts well-formed XML and decodes entities', () => {
  const root = parseXml('<?xml version="1.0"?>\n<a x="1 &amp; 2"><b>&lt;p&gt; &#233;&#x41;</b><c/></a>\n');
  assert.equal(root.attrs.x, '1 & 2');
  assert.equal(root.children[0]!.text, '<p> éA');
  assert.equal(root.children[1]!.name, 'c');
});

test('the XML reader refuses what is not well-formed', () => {
  assert.throws(() => parseXml('<a><b></a></b>'), /mismatched <\/a>/);
  assert.throws(() => parseXml('<a>Tom & Jerry</a>'), /bad entity/);
  assert.throws(() => parseXml('<a>1 < 2</a>'), /bad tag/);
  assert.throws(() => parseXml('<a x=1></a>'), /bad attribute/);
  assert.throws(() => parseXml('<a x="1" x="2"></a>'), /duplicate attribute/);
  assert.throws(() => parseXml('<a></a><b></b>'), /second root/);
  assert.throws(() => parseXml('<a>'), /unclosed <a>/);
  assert.throws(() => parseXml('<a>&nbsp;</a>'), /bad entity/);
});
