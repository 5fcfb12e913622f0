import type { Feature } from './feature.js';
import { cvFeature } from './cv.js';
import { galleryFeature } from './gallery.js';
import { mathFeature } from './math.js';
import { postsFeature } from './posts.js';
import { projectsFeature } from './projects.js';
import { publicationsFeature } from './publications.js';
import { talksFeature } from './talks.js';
import { teachingFeature } from './teaching.js';

/** Every content feature, in the order their model steps run. New kinds of content register here. */
export const FEATURES: readonly Feature[] = [
  publicationsFeature,
  postsFeature,
  talksFeature,
  teachingFeature,
  projectsFeature,
  galleryFeature,
  cvFeature,
  mathFeature,
];
