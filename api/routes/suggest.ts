import type { FastifyPluginAsync } from 'fastify';
import { normalizeText } from '../../lib/vietnamese/index.js';
import { SUGGEST_FACETS, type SuggestFacet } from '../../lib/schema/literals.js';
import { FACET_FIELDS, markedHtml, oneLine } from '../search/index.js';
import type { SectionRecord } from '../../lib/schema/records.js';
import { MARK_CLOSE, MARK_OPEN } from '../../lib/vietnamese/index.js';
import { readErrors } from '../schemas/errors.js';
import { SuggestQuery, SuggestResponse } from '../schemas/search.js';

/**
 * Search-as-you-type: unlike /api/search, the last word is prefix-matched ("sốt xu" finds "sốt xuất
 * huyết"). The UI derives completions and filter suggestions from these short snippets and facets.
 */
const suggest: FastifyPluginAsync = async (app) => {
  app.get<{ Querystring: SuggestQuery; Reply: SuggestResponse }>(
    '/api/suggest',
    {
      schema: {
        tags: ['search'],
        summary: 'Suggestions while typing: prefix-matched snippets and facet values',
        querystring: SuggestQuery,
        response: { 200: SuggestResponse, ...readErrors },
      },
    },
    async (req) => {
      const client = await app.meili.searchClient();
      const res = await client
        .index<SectionRecord>(app.meili.names.sections)
        .search(normalizeText(req.query.q).trim(), {
          limit: 20,
          attributesToSearchOn: ['heading', 'text', 'title'],
          attributesToRetrieve: ['title', 'heading'],
          attributesToCrop: ['text'],
          cropLength: 14,
          attributesToHighlight: ['text'],
          highlightPreTag: MARK_OPEN,
          highlightPostTag: MARK_CLOSE,
          matchingStrategy: 'all',
          facets: SUGGEST_FACETS.map((f) => FACET_FIELDS[f]),
        });
      const d = res.facetDistribution ?? {};
      return {
        q: req.query.q,
        hits: res.hits.map((h) => ({
          title: h.title,
          heading: h.heading,
          snippet: markedHtml(oneLine(String(h._formatted?.text ?? ''))),
        })),
        facets: Object.fromEntries(SUGGEST_FACETS.map((f) => [f, d[FACET_FIELDS[f]] ?? {}])) as Record<
          SuggestFacet,
          Record<string, number>
        >,
      };
    },
  );
};

export default suggest;
