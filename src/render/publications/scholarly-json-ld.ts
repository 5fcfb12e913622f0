import type { Publication, Site } from '../../model/types.js';
import { absoluteUrl } from '../components/site-url.js';
import { publicationUrl } from '../components/publication-item.js';
import { titleText } from './title-html.js';

/** schema.org `ScholarlyArticle` for a paper's page; every author a `Person`, the owner linked to the site. */
export function scholarlyArticleJsonLd(site: Site, p: Publication): Record<string, unknown> {
  const title = titleText(p.title);
  const article: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'ScholarlyArticle',
    '@id': absoluteUrl(site.config, publicationUrl(p)),
    url: absoluteUrl(site.config, publicationUrl(p)),
    name: title,
    // Google shows at most 110 characters of a headline.
    headline: title.length > 110 ? title.slice(0, 109) + '…' : title,
    author: p.authors.map((a) => ({
      '@type': 'Person',
      name: a.name,
      ...(a.given ? { givenName: a.given } : {}),
      ...(a.family ? { familyName: a.family } : {}),
      ...(a.isOwner ? { url: absoluteUrl(site.config, '/') } : {}),
    })),
  };
  if (p.date) article.datePublished = p.date;
  if (p.venue) article.isPartOf = { '@type': p.type === 'article' ? 'Periodical' : 'CreativeWork', name: p.venue };
  if (p.publisher) article.publisher = { '@type': 'Organization', name: p.publisher };
  if (p.abstract) article.abstract = p.abstract;
  if (p.preview) article.image = absoluteUrl(site.config, p.preview);
  if (p.tags.length) article.keywords = p.tags.join(', ');
  const sameAs = [p.doi && `https://doi.org/${p.doi}`, p.arxiv && `https://arxiv.org/abs/${p.arxiv}`].filter((s): s is string => Boolean(s));
  if (p.doi) article.identifier = { '@type': 'PropertyValue', propertyID: 'DOI', value: p.doi };
  if (sameAs.length) article.sameAs = sameAs;
  return article;
}
