import * as z from 'zod';
import { stringList, urlField } from './common.js';

/** One venue of data/venues.yml, under its key (the badge text, e.g. `CVPR`). */
export const venueSchema = z.strictObject({
  name: z.string().optional().describe('Full name, e.g. IEEE/CVF Conference on Computer Vision and Pattern Recognition'),
  aliases: z.array(z.string()).optional().describe('Other spellings that mean this venue'),
  tier: stringList.optional().describe('Tier badges such as CCF-A or [CCF-B, Q1]'),
  url: urlField.optional(),
});

/** data/venues.yml: a map from venue key to venue. */
export const venuesSchema = z.record(z.string(), venueSchema);

export type VenueRecord = z.output<typeof venueSchema>;
