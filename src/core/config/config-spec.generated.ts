// Written by `npm run schemas` from config.schema.ts (see derive-config-spec.ts): do not edit.
import type { SpecNode } from './config-spec.js'

/** The strategy config schema as plain data, for `validateBySpec`. */
export const CONFIG_SPEC: SpecNode = {
  type: 'object',
  keys: [
    { key: '_extends', absent: 'optional', node: { type: 'string', minLength: 1 } },
    {
      key: 'themes',
      absent: 'required',
      node: {
        type: 'array',
        element: {
          type: 'object',
          keys: [
            {
              key: 'id',
              absent: 'required',
              node: { type: 'string', patterns: [{ source: '^[a-z0-9][a-z0-9-]*$', flags: '' }] },
            },
            { key: 'name', absent: 'required', node: { type: 'string', minLength: 1 } },
            { key: 'driver', absent: 'optional', node: { type: 'string' } },
            {
              key: 'success',
              absent: 'optional',
              node: {
                type: 'union',
                options: [{ type: 'string' }, { type: 'array', element: { type: 'string' } }],
              },
            },
            { key: 'owner', absent: 'optional', node: { type: 'string' } },
            {
              key: 'horizon',
              absent: 'optional',
              node: {
                type: 'string',
                patterns: [{ source: '^\\d{4}-\\d{2}-\\d{2}$', flags: '' }],
                calendarDate: true,
              },
            },
            {
              key: 'status',
              absent: 'default',
              value: 'active',
              node: { type: 'enum', values: ['active', 'retired'] },
            },
            {
              key: 'aliases',
              absent: 'default',
              value: [],
              node: { type: 'array', element: { type: 'string', minLength: 1 } },
            },
            {
              key: 'metrics',
              absent: 'optional',
              node: {
                type: 'array',
                element: {
                  type: 'object',
                  keys: [
                    { key: 'name', absent: 'required', node: { type: 'string', minLength: 1 } },
                    {
                      key: 'current',
                      absent: 'required',
                      node: {
                        type: 'union',
                        options: [{ type: 'number' }, { type: 'string', minLength: 1 }],
                      },
                    },
                    {
                      key: 'target',
                      absent: 'required',
                      node: {
                        type: 'union',
                        options: [{ type: 'number' }, { type: 'string', minLength: 1 }],
                      },
                    },
                    {
                      key: 'by',
                      absent: 'optional',
                      node: { type: 'string', patterns: [{ source: '^\\d{4}-\\d{2}-\\d{2}$', flags: '' }] },
                    },
                  ],
                },
                maxLength: 10,
              },
            },
          ],
        },
        minLength: 1,
      },
    },
    {
      key: 'pull_requests',
      absent: 'prefault',
      value: {},
      node: {
        type: 'object',
        keys: [
          { key: 'require_theme', absent: 'default', value: true, node: { type: 'boolean' } },
          {
            key: 'missing_theme_severity',
            absent: 'default',
            value: 'error',
            node: { type: 'enum', values: ['error', 'warning'] },
          },
          {
            key: 'sources',
            absent: 'default',
            value: ['label', 'title', 'body', 'branch'],
            node: {
              type: 'array',
              element: { type: 'enum', values: ['label', 'title', 'body', 'branch'] },
              minLength: 1,
            },
          },
          { key: 'label_prefix', absent: 'default', value: 'theme:', node: { type: 'string', minLength: 1 } },
          {
            key: 'hold_severity',
            absent: 'default',
            value: 'warning',
            node: { type: 'enum', values: ['error', 'warning', 'notice'] },
          },
          {
            key: 'retire_severity',
            absent: 'default',
            value: 'error',
            node: { type: 'enum', values: ['error', 'warning', 'notice'] },
          },
          {
            key: 'exempt',
            absent: 'prefault',
            value: {},
            node: {
              type: 'object',
              keys: [
                {
                  key: 'labels',
                  absent: 'default',
                  value: ['no-theme', 'skip-strategy-check'],
                  node: { type: 'array', element: { type: 'string' } },
                },
                {
                  key: 'authors',
                  absent: 'default',
                  value: [],
                  node: { type: 'array', element: { type: 'string' } },
                },
                { key: 'bots', absent: 'default', value: true, node: { type: 'boolean' } },
                { key: 'drafts', absent: 'default', value: true, node: { type: 'boolean' } },
                {
                  key: 'paths',
                  absent: 'default',
                  value: [],
                  node: { type: 'array', element: { type: 'string' } },
                },
              ],
            },
          },
        ],
      },
    },
    {
      key: 'adrs',
      absent: 'prefault',
      value: {},
      node: {
        type: 'object',
        keys: [
          {
            key: 'paths',
            absent: 'default',
            value: ['docs/adr/**/*.md', 'doc/adr/**/*.md', 'docs/decisions/**/*.md', 'adr/**/*.md'],
            node: { type: 'array', element: { type: 'string', minLength: 1 }, minLength: 1 },
          },
          {
            key: 'ignore',
            absent: 'default',
            value: ['**/README.md', '**/index.md', '**/template.md', '**/*-template.md', '**/_*.md'],
            node: { type: 'array', element: { type: 'string' } },
          },
          {
            key: 'statuses',
            absent: 'default',
            value: ['proposed', 'accepted', 'rejected', 'deprecated', 'superseded'],
            node: { type: 'array', element: { type: 'string', minLength: 1 }, minLength: 1 },
          },
          {
            key: 'status_synonyms',
            absent: 'default',
            value: {
              approved: 'accepted',
              draft: 'proposed',
              'in review': 'proposed',
              superceded: 'superseded',
              declined: 'rejected',
            },
            node: { type: 'record', value: { type: 'string' } },
          },
          { key: 'require_theme', absent: 'default', value: true, node: { type: 'boolean' } },
          {
            key: 'review_after_days',
            absent: 'default',
            value: 365,
            node: {
              type: 'nullable',
              inner: { type: 'number', integer: true, greaterThan: { value: 0, inclusive: false } },
            },
          },
        ],
      },
    },
    {
      key: 'decisions',
      absent: 'default',
      value: [],
      node: {
        type: 'array',
        element: {
          type: 'object',
          keys: [
            { key: 'title', absent: 'required', node: { type: 'string', minLength: 1 } },
            { key: 'adr', absent: 'required', node: { type: 'string', minLength: 1 } },
            {
              key: 'affects',
              absent: 'required',
              node: { type: 'array', element: { type: 'string', minLength: 1 }, minLength: 1 },
            },
            { key: 'status', absent: 'default', value: 'accepted', node: { type: 'string', minLength: 1 } },
            { key: 'theme', absent: 'optional', node: { type: 'string' } },
            { key: 'superseded_by', absent: 'optional', node: { type: 'string' } },
          ],
        },
      },
    },
    {
      key: 'technologies',
      absent: 'default',
      value: [],
      node: {
        type: 'array',
        element: {
          type: 'object',
          keys: [
            { key: 'name', absent: 'required', node: { type: 'string', minLength: 1 } },
            {
              key: 'ecosystem',
              absent: 'required',
              node: {
                type: 'enum',
                values: ['npm', 'pypi', 'go', 'maven', 'gradle', 'nuget', 'cargo', 'docker', 'actions'],
              },
            },
            { key: 'range', absent: 'optional', node: { type: 'string', minLength: 1 } },
            {
              key: 'ring',
              absent: 'required',
              node: { type: 'enum', values: ['adopt', 'trial', 'assess', 'hold', 'retire'] },
            },
            { key: 'theme', absent: 'optional', node: { type: 'string' } },
            { key: 'decision', absent: 'optional', node: { type: 'string' } },
            { key: 'instead', absent: 'optional', node: { type: 'string' } },
          ],
        },
      },
    },
    {
      key: 'migrations',
      absent: 'default',
      value: [],
      node: {
        type: 'array',
        element: {
          type: 'object',
          keys: [
            {
              key: 'id',
              absent: 'required',
              node: { type: 'string', patterns: [{ source: '^[a-z0-9][a-z0-9-]*$', flags: '' }] },
            },
            { key: 'title', absent: 'required', node: { type: 'string', minLength: 1 } },
            { key: 'theme', absent: 'optional', node: { type: 'string' } },
            { key: 'label', absent: 'optional', node: { type: 'string', minLength: 1 } },
            {
              key: 'deadline',
              absent: 'optional',
              node: {
                type: 'string',
                patterns: [{ source: '^\\d{4}-\\d{2}-\\d{2}$', flags: '' }],
                calendarDate: true,
              },
            },
            { key: 'owner', absent: 'optional', node: { type: 'string' } },
            {
              key: 'detect',
              absent: 'optional',
              node: {
                type: 'object',
                keys: [
                  {
                    key: 'dependency',
                    absent: 'optional',
                    node: {
                      type: 'object',
                      keys: [
                        {
                          key: 'ecosystem',
                          absent: 'required',
                          node: {
                            type: 'enum',
                            values: [
                              'npm',
                              'pypi',
                              'go',
                              'maven',
                              'gradle',
                              'nuget',
                              'cargo',
                              'docker',
                              'actions',
                            ],
                          },
                        },
                        { key: 'name', absent: 'required', node: { type: 'string', minLength: 1 } },
                        { key: 'range', absent: 'optional', node: { type: 'string', minLength: 1 } },
                        {
                          key: 'paths',
                          absent: 'optional',
                          node: {
                            type: 'array',
                            element: { type: 'string', minLength: 1 },
                            minLength: 1,
                            maxLength: 10,
                          },
                        },
                      ],
                    },
                  },
                  {
                    key: 'file',
                    absent: 'optional',
                    node: {
                      type: 'object',
                      keys: [
                        { key: 'path', absent: 'required', node: { type: 'string', minLength: 1 } },
                        {
                          key: 'must',
                          absent: 'default',
                          value: 'absent',
                          node: { type: 'enum', values: ['absent', 'present'] },
                        },
                        {
                          key: 'matches',
                          absent: 'optional',
                          node: { type: 'string', minLength: 1, maxLength: 500 },
                        },
                      ],
                    },
                  },
                ],
              },
            },
            { key: 'create_issues', absent: 'default', value: false, node: { type: 'boolean' } },
            {
              key: 'issues_per_refresh',
              absent: 'default',
              value: 20,
              node: {
                type: 'number',
                integer: true,
                greaterThan: { value: 0, inclusive: false },
                lessThan: { value: 100, inclusive: true },
              },
            },
            {
              key: 'issue_title',
              absent: 'optional',
              node: { type: 'string', minLength: 1, maxLength: 200 },
            },
            { key: 'issue_body', absent: 'optional', node: { type: 'string', maxLength: 20000 } },
            {
              key: 'assignees',
              absent: 'default',
              value: [],
              node: { type: 'array', element: { type: 'string', minLength: 1 }, maxLength: 10 },
            },
          ],
        },
      },
    },
    {
      key: 'teams',
      absent: 'default',
      value: [],
      node: {
        type: 'array',
        element: {
          type: 'object',
          keys: [
            { key: 'name', absent: 'required', node: { type: 'string', minLength: 1 } },
            { key: 'leader', absent: 'optional', node: { type: 'string' } },
            {
              key: 'repos',
              absent: 'required',
              node: { type: 'array', element: { type: 'string', minLength: 1 }, minLength: 1 },
            },
            { key: 'github_team', absent: 'optional', node: { type: 'string', minLength: 1 } },
          ],
        },
      },
    },
    {
      key: 'ownership',
      absent: 'prefault',
      value: {},
      node: {
        type: 'object',
        keys: [
          {
            key: 'sources',
            absent: 'default',
            value: ['config'],
            node: {
              type: 'array',
              element: { type: 'enum', values: ['config', 'property', 'codeowners', 'backstage'] },
              minLength: 1,
            },
          },
          { key: 'property', absent: 'default', value: 'team', node: { type: 'string', minLength: 1 } },
        ],
      },
    },
    {
      key: 'leaderboard',
      absent: 'prefault',
      value: {},
      node: {
        type: 'object',
        keys: [
          { key: 'repository', absent: 'default', value: '.github', node: { type: 'string', minLength: 1 } },
          {
            key: 'issue_title',
            absent: 'default',
            value: 'Strategy leaderboard',
            node: { type: 'string', minLength: 1 },
          },
          {
            key: 'label',
            absent: 'default',
            value: 'strategy-trace',
            node: { type: 'string', minLength: 1 },
          },
          {
            key: 'pr_window_days',
            absent: 'default',
            value: 90,
            node: {
              type: 'number',
              integer: true,
              greaterThan: { value: 0, inclusive: false },
              lessThan: { value: 365, inclusive: true },
            },
          },
          {
            key: 'burn_rate_weeks',
            absent: 'default',
            value: 4,
            node: {
              type: 'number',
              integer: true,
              greaterThan: { value: 0, inclusive: false },
              lessThan: { value: 52, inclusive: true },
            },
          },
        ],
      },
    },
    {
      key: 'digest',
      absent: 'optional',
      node: {
        type: 'object',
        keys: [
          {
            key: 'day',
            absent: 'default',
            value: 'monday',
            node: {
              type: 'enum',
              values: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
            },
          },
          { key: 'mention_leaders', absent: 'default', value: false, node: { type: 'boolean' } },
        ],
      },
    },
  ],
}
