/** Names of the Meilisearch indexes the product creates, all under INDEX_PREFIX. */
export interface IndexNames {
  sections: string;
  documents: string;
  citations: string;
}

export function indexNames(prefix: string): IndexNames {
  return {
    sections: `${prefix}-sections`,
    documents: `${prefix}-documents`,
    citations: `${prefix}-citations`,
  };
}
