import { isFullDate, type PostFrontMatter } from './schemas/post.js';

/**
 * The front matter nearly every post has (a title, a day, maybe tags, a description or an excerpt, draft), read
 * without zod, whose first thousand parses cost a build ~25 ms. Only keys below, each of the plain type the schema
 * takes: any other key or type, an empty title or a date that is not a full day gives undefined, and the schema
 * (postFrontMatterSchema) decides and reports. What it returns is what the schema's parse returns.
 */
export function simplePostFrontMatter(value: unknown): PostFrontMatter | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    switch (key) {
      case 'title':
        if (typeof v !== 'string' || v === '') return undefined;
        out[key] = v;
        break;
      case 'date':
        if (typeof v !== 'string' || !isFullDate(v)) return undefined;
        out[key] = v;
        break;
      case 'description':
      case 'excerpt':
        if (typeof v !== 'string') return undefined;
        out[key] = v;
        break;
      case 'draft':
        if (typeof v !== 'boolean') return undefined;
        out[key] = v;
        break;
      case 'tags':
      case 'categories': {
        // A string or a list of strings, as a list (the schema's stringList).
        if (typeof v === 'string') out[key] = [v];
        else if (Array.isArray(v) && v.every((item) => typeof item === 'string')) out[key] = [...v];
        else return undefined;
        break;
      }
      default:
        return undefined;
    }
  }
  return 'title' in out ? (out as PostFrontMatter) : undefined;
}
