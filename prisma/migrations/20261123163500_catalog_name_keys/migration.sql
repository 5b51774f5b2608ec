-- Raw SQL: Prisma cannot declare functions or expression indexes, and its diff ignores both.
-- The search keys of a normalized product name: its words, and each pair of adjacent words joined by a space.
-- Words alone are too common in a catalog built from a small vocabulary, so the word index had to intersect
-- long posting lists; a pair such as "espalda trapiche" (product then brand) is rare, and two or three pairs
-- single out a product cheaply.
CREATE FUNCTION catalog_name_keys(normalized_name text) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN (
  SELECT words || ARRAY(
    SELECT pair.left_word || ' ' || pair.right_word
    FROM unnest(words[1:cardinality(words) - 1], words[2:]) AS pair(left_word, right_word)
  )
  FROM string_to_array(normalized_name, ' ') AS words
);

DROP INDEX IF EXISTS "Product_nameTokens_idx";

CREATE INDEX "Product_nameKeys_idx" ON "Product" USING GIN (catalog_name_keys("normalizedName"));
