# The Probot app (app/, compiled by `npm run build:app`) as a container image. One image serves both
# ways of running it: alone (in-memory queue and cache), or as one of several instances with REDIS_URL
# set (docker-compose.yml). Registration settings come from the environment: APP_ID, WEBHOOK_SECRET,
# and PRIVATE_KEY or PRIVATE_KEY_PATH.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund --ignore-scripts
COPY tsconfig.json tsconfig.app.json ./
COPY app ./app
COPY src ./src
COPY sim ./sim
# Every dependency is a devDependency (the Action and CLI are bundled), so node_modules is kept whole.
RUN npm run build:app

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production PORT=3000 HOST=0.0.0.0
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/build ./build
USER node
EXPOSE 3000
CMD ["node", "node_modules/probot/bin/probot.js", "run", "./build/app/index.js"]
