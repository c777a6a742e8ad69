import * as core from '@actions/core'
core.info('Skipped.')
core.setOutput('result', 'skipped')
