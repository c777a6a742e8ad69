import { readFileSync } from 'node:fs'
const j = JSON.parse(readFileSync('node_modules/@octokit/openapi/generated/api.github.com.json','utf8'))
const e = j.components.examples[process.argv[2]].value
const strip = (v) => Array.isArray(v) ? v.slice(0,1).map(strip) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k,x]) => [k, ['user','owner','assignee','creator','merged_by','closed_by','account','sender'].includes(k) && x ? '<user>' : ['repo','repository'].includes(k) && x ? '<repo>' : k==='assignees'||k==='requested_reviewers'? '[..]' : strip(x)])) : v
console.log(JSON.stringify(strip(e), null, 0))
