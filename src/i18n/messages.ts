/**
 * Every word the default theme prints, by key. A locale (src/i18n/locales/) must give all of them, so a
 * missing translation is a type error; site.yml's `ui_text:` may replace single ones.
 * `{name}`-style placeholders are filled by the theme; a translation keeps the same placeholders.
 */
export interface Messages {
  // Page chrome
  skip_to_content: string;
  /** Accessible name of the main navigation. */
  main_navigation: string;
  /** Accessible name of the language switcher. */
  languages: string;
  dark_theme: string;
  /** Accessible name of the header's search button. */
  search: string;
  // The search dialog (`{term}`: what was typed; `{count}`: results found; `{shown}`: results listed)
  search_title: string;
  search_placeholder: string;
  search_close: string;
  search_kind: string;
  search_year: string;
  search_all_kinds: string;
  search_all_years: string;
  search_results: string;
  search_keys: string;
  search_no_results: string;
  search_no_results_for: string;
  search_one_result: string;
  search_result_count: string;
  search_first_results: string;
  search_kind_paper: string;
  search_kind_post: string;
  search_kind_talk: string;
  search_kind_project: string;
  search_kind_page: string;
  /** Accessible name of the owner's profile card. */
  profile: string;
  research_interests: string;
  /** Accessible name of a scrolling table. */
  table: string;
  copy_bibtex: string;
  copied: string;
  copy_failed: string;
  /** Title of the default navigation's only item, the home page. */
  about: string;
  /** Title of a page's table of contents. */
  on_this_page: string;
  not_found_title: string;
  not_found_text: string;
  not_found_home: string;
  // Dates and lists
  present: string;
  undated: string;
  earlier_news: string;
  // Callouts
  note: string;
  tip: string;
  warning: string;
  important: string;
  caution: string;
  // Publications
  equal_contribution: string;
  corresponding_author: string;
  /** `{count}`: authors folded away. */
  more_authors: string;
  /** `{count}` as above; `{name}`: the owner, among them. */
  more_authors_with_owner: string;
  et_al: string;
  /** Joins the last two authors in the CV. */
  and: string;
  /** `{count}`: citations of a paper. */
  cited_by: string;
  abstract: string;
  cite: string;
  preprint: string;
  under_review: string;
  accepted: string;
  /** The same three statuses inside a CV line's parentheses. */
  cv_preprint: string;
  cv_under_review: string;
  cv_accepted: string;
  arxiv_preprint: string;
  volume: string;
  issue: string;
  pages: string;
  no_publications: string;
  no_publications_yet: string;
  selected_publications: string;
  preprints: string;
  publications: string;
  journal_articles: string;
  conference_papers: string;
  theses: string;
  books: string;
  book_chapters: string;
  technical_reports: string;
  other_publications: string;
  /** Description of the publications page, `{count}` is 1. */
  publications_by_one: string;
  publications_by: string;
  link_supp: string;
  link_code: string;
  link_website: string;
  link_slides: string;
  link_poster: string;
  link_video: string;
  link_blog: string;
  link_url: string;
  // Posts
  posts: string;
  tags: string;
  posts_tagged: string;
  all_tags: string;
  no_posts: string;
  draft: string;
  updated: string;
  reading_time: string;
  older_post: string;
  newer_post: string;
  more_posts: string;
  // Talks, teaching, projects, gallery
  talks: string;
  talks_by: string;
  talk_invited: string;
  talk_contributed: string;
  talk_keynote: string;
  talk_poster: string;
  talk_tutorial: string;
  talk_seminar: string;
  talk_panel: string;
  talk_other: string;
  cv_talk_invited: string;
  cv_talk_contributed: string;
  cv_talk_keynote: string;
  cv_talk_poster: string;
  cv_talk_tutorial: string;
  cv_talk_seminar: string;
  cv_talk_panel: string;
  cv_talk_other: string;
  teaching: string;
  teaching_by: string;
  projects: string;
  projects_by: string;
  gallery: string;
  // CV
  cv_title: string;
  cv_description: string;
  education: string;
  experience: string;
  honors: string;
  skills: string;
  service: string;
  other: string;
}

export type MessageKey = keyof Messages;

/** Twelve month names, January first. */
export type MonthNames = readonly [string, string, string, string, string, string, string, string, string, string, string, string];

/** How a locale writes dates; `{year}`, `{month}` (a name from the lists) and `{day}` are filled in. */
export interface DateWords {
  months: MonthNames;
  /** Short names for date ranges (`Jan 2025 – Present`); the full names where a language has no short ones. */
  short_months: MonthNames;
  /** `{month} {year}` → `May 2025`. */
  month_year: string;
  /** The same with a short month name. */
  short_month_year: string;
  /** `{day} {month} {year}` → `1 May 2025`. */
  day_month_year: string;
  /** Between the two ends of a range. */
  range: string;
}

/** A shipped UI locale: its BCP 47 tag, its name in its own language, its words and its dates. */
export interface Locale {
  tag: string;
  /** The language's name in itself, e.g. `中文（简体）`, for the language switcher. */
  name: string;
  messages: Messages;
  dates: DateWords;
}
