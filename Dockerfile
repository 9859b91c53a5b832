# Production image of the app (API + UI + indexer). Meilisearch runs as its own service (docker-compose.yml).
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
# OCR of scanned documents: Tesseract with its Vietnamese model, poppler (PDF pages), ImageMagick (deskew).
RUN apt-get update && apt-get install -y --no-install-recommends tesseract-ocr tesseract-ocr-vie poppler-utils imagemagick \
  && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
# The embedded Meilisearch binary is not needed: compose provides the server through MEILI_URL.
RUN npm ci --omit=dev --omit=optional --no-audit --no-fund
COPY cli ./cli
COPY lib ./lib
COPY indexer ./indexer
COPY api ./api
COPY web ./web
COPY tsconfig.json ./
RUN node --import tsx web/build.ts
ENV HOST=0.0.0.0 PORT=3000 DATA_DIR=/data CORPUS_DIR=/corpus
VOLUME ["/data"]
EXPOSE 3000
USER node
CMD ["node", "--import", "tsx", "cli/start.ts"]
