/** The records hand-written HTML becomes, one kind per data/*.yml file. */

/** One line of data/news.yml. */
export interface NewsRecord { date: string; text: string }

/** One entry of data/experience.yml or data/education.yml. */
export interface TimelineRecord {
  organization: string;
  unit?: string;
  url?: string;
  role: string;
  start: string;
  end?: string;
  logo?: string;
}

/** One entry of data/publications.yml. */
export interface PublicationRecord {
  key: string;
  title: string;
  authors: string[];
  type: string;
  status: string;
  venue?: string;
  year?: number;
  tier?: string[];
  tags?: string[];
  selected?: boolean;
  arxiv?: string;
  links?: { label: string; url: string }[];
}

/** One entry of data/honors.yml. */
export interface HonorRecord {
  title: string;
  by?: string;
  years: number[];
  note?: string;
}
