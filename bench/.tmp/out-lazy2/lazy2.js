import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import{e as s}from"./chunk-WFE3T6UH.js";import{appendFileSync as r,readFileSync as t}from"node:fs";var n=process.env.GITHUB_EVENT_PATH,o=s({name:process.env.GITHUB_EVENT_NAME??"",payload:n?JSON.parse(t(n,"utf8")):{},repository:process.env.GITHUB_REPOSITORY??"",sha:process.env.GITHUB_SHA??""});if(o.kind==="ignored"){process.stdout.write(`${o.reason}
`);let e=process.env.GITHUB_OUTPUT;e&&r(e,`result<<ghadelimiter_x
skipped
ghadelimiter_x
`)}else{let{run:e}=await import("./run-PFP5JO5V.js");await e()}
