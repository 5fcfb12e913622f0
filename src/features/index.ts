import type { Feature } from './feature.js';

/** Every content feature, in the order their model steps run. New kinds of content register here. */
export const FEATURES: readonly Feature[] = [];
