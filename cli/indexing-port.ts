import type { IndexingPort } from '../api/indexing-port.js';
import { docIdFor } from '../indexer/steps/build.js';
import { indexFolder } from '../indexer/run/index-folder.js';
import { isSupportedFile, supportedExtensions } from '../indexer/steps/read/index.js';
import { parseSidecar, SIDECAR_SUFFIX } from '../indexer/steps/corrections.js';
import type { AppConfig } from '../lib/config.js';

/** The indexer behind the API's port: runs over CORPUS_DIR on the given Meilisearch with the master key. */
export function indexerPort(config: AppConfig, meiliUrl: string, masterKey: string | undefined): IndexingPort {
  return {
    indexCorpus: (logger) => indexFolder({ config, meiliUrl, masterKey, folder: config.corpusDir, logger }),
    isSupportedFile,
    supportedExtensions,
    docIdFor,
    correctionsSuffix: SIDECAR_SUFFIX,
    checkCorrections: (json) => {
      const checked = parseSidecar(json);
      return 'error' in checked ? checked.error : null;
    },
  };
}
