import { describe, expect, it } from 'vitest'
import { readDockerfile } from '../../../src/core/manifests/read-dockerfile.js'

const dockerfile = `# syntax=docker/dockerfile:1.7
ARG NODE_VERSION=20.15
ARG BASE=gcr.io/distroless/nodejs20-debian12

FROM --platform=$BUILDPLATFORM node:\${NODE_VERSION}-alpine AS deps
WORKDIR /app
COPY package*.json ./
RUN npm ci

FROM deps AS build
RUN npm run build

from python:3.12-slim as tools

FROM \\
  ghcr.io/harbor/base-image:2024.06@sha256:0123456789abcdef
FROM \${BASE}
FROM postgres@sha256:fedcba9876543210
FROM scratch
FROM $UNKNOWN_IMAGE
FROM registry.example:5000/team/app
COPY --from=build /app/dist /app
`

describe('readDockerfile', () => {
  it('reads every FROM of a multi-stage build: image without tag, tag as version', () => {
    expect(readDockerfile(dockerfile)).toEqual([
      { ecosystem: 'docker', name: 'node', version: '20.15-alpine', line: 5 },
      { ecosystem: 'docker', name: 'python', version: '3.12-slim', line: 13 },
      { ecosystem: 'docker', name: 'ghcr.io/harbor/base-image', version: '2024.06', line: 15 },
      { ecosystem: 'docker', name: 'gcr.io/distroless/nodejs20-debian12', version: null, line: 17 },
      { ecosystem: 'docker', name: 'postgres', version: 'sha256:fedcba9876543210', line: 18 },
      { ecosystem: 'docker', name: 'registry.example:5000/team/app', version: null, line: 21 },
    ])
  })

  it('returns [] for text without FROM', () => {
    expect(readDockerfile('RUN echo hello\n\u0000\u0001 FROM')).toEqual([])
  })
})
