import { escapeHtml } from '../render/escape.js';

/** A redirect for GitHub Pages-style hosting: meta refresh, canonical link and a visible link. */
export function redirectPage(targetUrl: string, absoluteTarget: string): string {
  const href = escapeHtml(targetUrl);
  const canonical = escapeHtml(absoluteTarget);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Redirecting…</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${canonical}">
<meta http-equiv="refresh" content="0; url=${href}">
</head>
<body>
<p>This page has moved to <a href="${href}">${canonical}</a>.</p>
</body>
</html>
`;
}
