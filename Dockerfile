# Life Relay: one image serving the API, the admin app and the public sign-up pages on port 3000.
# Configuration is by environment (see docker-compose.yml and the runtime contract).

# ---- build: install everything, build both apps, then drop the dev dependencies ----
FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NX_DAEMON=false \
    NX_NO_CLOUD=true \
    NX_TUI=false

# Dependencies first, so source edits do not invalidate this layer.
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

COPY . .
RUN npx nx run-many -t build -p api admin --outputStyle=stream \
 && npm prune --omit=dev --no-audit --no-fund

# ---- runtime ----
FROM node:20-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production

COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist

# Run unprivileged; .data is where the embedded PostgreSQL would keep its files when no
# DATABASE_URL is given (PostgreSQL refuses to run as root anyway).
RUN mkdir -p .data && chown node:node .data
USER node

EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/api/apps/api/src/main.js"]
