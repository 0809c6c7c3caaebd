-- What `dossier article` and `dossier story` ask of every article and story: the articles that
-- copy one whole, and the stories merged into one. Few rows have either, so the indexes are partial.
CREATE INDEX articles_by_original ON articles (duplicate_of) WHERE duplicate_of IS NOT NULL;
CREATE INDEX stories_by_merged_into ON stories (merged_into) WHERE merged_into IS NOT NULL;
