# Hemeroteca as a container: the bundled bot (node dist/main.js, as `npm start` runs it after its
# build, scripts/bundle.ts), Apertium's English-Spanish pair for offline translation, the articles and the index on volumes.
#   docker build -t hemeroteca .
#   docker run -d --env-file .env -v "$PWD/seeds:/data/seeds:ro" -v hemeroteca-index:/data/index hemeroteca

FROM node:20-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json ./
COPY scripts/bundle.ts ./scripts/
COPY src ./src
COPY commands ./commands
RUN npm run build

FROM node:20-slim
# Debian's package; versions follow the base image's release.
RUN apt-get update \
  && apt-get install -y --no-install-recommends apertium-eng-spa \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
ENV NODE_ENV=production \
    SEEDS_DIR=/data/seeds \
    INDEX_DIR=/data/index
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
# The example articles fill a new seeds volume; mount your own folder over it.
COPY --chown=node:node seeds /data/seeds
RUN mkdir -p /data/index && chown node:node /data/index
USER node
VOLUME ["/data/seeds", "/data/index"]
# The bot rewrites INDEX_DIR/heartbeat.json while it serves Discord; the check fails when it goes stale
# or says the gateway is down. The start period covers building the index of a large archive.
HEALTHCHECK --interval=30s --timeout=10s --start-period=120s --retries=3 CMD ["node", "dist/healthcheck.js"]
# Node itself is PID 1's command (no npm, no shell), so SIGTERM from `docker stop` reaches the bot.
CMD ["node", "dist/main.js"]
