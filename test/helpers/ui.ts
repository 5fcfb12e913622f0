import { buildUiText } from '../../src/model/ui-text.js';

/** The English words of the theme, as a site without `language:` gets them. */
export const englishUi = buildUiText('en').ui;
