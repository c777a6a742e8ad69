import { readFileSync } from 'node:fs'
const j = JSON.parse(readFileSync('node_modules/@octokit/openapi/generated/api.github.com.json','utf8'))
const [p, m] = [process.argv[2], process.argv[3] ?? 'get']
const op = j.paths[p][m]
const resp = op.responses[Object.keys(op.responses)[0]]
const r = resp.$ref ? j.components.responses[resp.$ref.split('/').pop()] : resp
const c = r.content?.['application/json']
for (const ex of Object.values(c?.examples ?? {})) {
  const e = ex.$ref ? j.components.examples[ex.$ref.split('/').pop()] : ex
  console.log(JSON.stringify(e.value, null, 1).slice(0, +(process.argv[4] ?? 4000)))
}
console.log('params', JSON.stringify((op.parameters??[]).map(x=> x.$ref ? x.$ref.split('/').pop() : x.name)))
console.log('responses', Object.keys(op.responses))
