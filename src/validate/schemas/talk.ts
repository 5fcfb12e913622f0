import * as z from 'zod';
import { dateField, linkSchema, urlField } from './common.js';

/** Kinds of talk the theme labels. */
export const TALK_TYPES = ['invited', 'contributed', 'keynote', 'poster', 'tutorial', 'seminar', 'panel', 'other'] as const;

/** One talk: an entry of data/talks.yml, or the front matter of talks/*.md (whose body is the description). */
export const talkSchema = z.strictObject({
  title: z.string().min(1),
  event: z.string().optional(),
  type: z.enum(TALK_TYPES).optional(),
  date: dateField.optional(),
  location: z.string().optional(),
  url: urlField.optional(),
  slides: urlField.optional(),
  video: urlField.optional(),
  links: z.array(linkSchema).optional(),
  description: z.string().optional(),
});

/** data/talks.yml */
export const talksSchema = z.array(talkSchema);

export type TalkRecord = z.output<typeof talkSchema>;
