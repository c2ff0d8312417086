# One image for the gateway and all five subgraphs; docker-compose.yml picks the service
# with `command` (e.g. `node subgraphs/gi/dist/main.js`). Build from the repository root.

FROM node:20-bookworm-slim AS bouw
WORKDIR /app
# manifests first, so the dependency layer is reused while only sources change
COPY package.json package-lock.json ./
COPY shared/package.json shared/
COPY gateway/package.json gateway/
COPY gateway/web/package.json gateway/web/
COPY tools/package.json tools/
COPY subgraphs/netwerk/package.json subgraphs/netwerk/
COPY subgraphs/lokaal-team/package.json subgraphs/lokaal-team/
COPY subgraphs/veilig-thuis/package.json subgraphs/veilig-thuis/
COPY subgraphs/gi/package.json subgraphs/gi/
COPY subgraphs/raad/package.json subgraphs/raad/
# no install scripts: the build needs none (cf. allowScripts in package.json)
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.base.json tsconfig.json ./
COPY shared shared
COPY subgraphs subgraphs
COPY gateway gateway
COPY tools tools
COPY policies policies
# the tools' project references shared, the gateway and every subgraph, and the web app's build (Vite)
# runs one of them (its list of known operations); the tests are not built, the tools not shipped
RUN npx tsc -b tools \
 && npm run build -w gateway/web \
 && npm prune --omit=dev --ignore-scripts --no-audit --no-fund

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
# owned by root and so read-only for the `node` user the services run as
COPY --from=bouw /app/package.json ./
COPY --from=bouw /app/node_modules node_modules
COPY --from=bouw /app/shared shared
COPY --from=bouw /app/subgraphs subgraphs
COPY --from=bouw /app/gateway gateway
COPY --from=bouw /app/policies policies
USER node
EXPOSE 4000-4005
CMD ["node", "--no-turbo-inlining", "gateway/dist/main.js"]
