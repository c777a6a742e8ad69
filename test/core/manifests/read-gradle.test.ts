import { describe, expect, it } from 'vitest'
import { readGradle } from '../../../src/core/manifests/read-gradle.js'
import { readGradleCatalog } from '../../../src/core/manifests/read-gradle-catalog.js'

const groovy = `plugins {
    id 'java'
    id 'org.springframework.boot' version '3.3.1'
}

dependencies {
    implementation 'org.springframework.boot:spring-boot-starter-web'
    implementation "com.google.guava:guava:33.2.1-jre"
    api group: 'org.apache.commons', name: 'commons-lang3', version: '3.14.0'
    // implementation 'log4j:log4j:1.2.17'
    /* compileOnly 'org.projectlombok:lombok:1.18.30'
       still a comment */
    compileOnly 'org.projectlombok:lombok:1.18.32'
    annotationProcessor 'org.projectlombok:lombok:1.18.32'
    testImplementation "org.junit.jupiter:junit-jupiter:$junitVersion"
    implementation platform('software.amazon.awssdk:bom:2.26.7')
    implementation project(':ledger-model')
    implementation libs.jackson.databind
}
`

const kotlin = `dependencies {
    implementation(kotlin("stdlib"))
    implementation("io.ktor:ktor-server-core:2.3.12")
    testRuntimeOnly("org.junit.platform:junit-platform-launcher:1.10.3") // launcher
    kapt("com.google.dagger:dagger-compiler:2.51.1")
    implementation(group = "joda-time", name = "joda-time", version = "2.12.7")
}
`

describe('readGradle', () => {
  it('reads Groovy string and map notations, skipping comments, projects and catalog references', () => {
    expect(readGradle(groovy)).toEqual([
      {
        ecosystem: 'gradle',
        name: 'org.springframework.boot:spring-boot-starter-web',
        version: null,
        line: 7,
      },
      { ecosystem: 'gradle', name: 'com.google.guava:guava', version: '33.2.1-jre', line: 8 },
      { ecosystem: 'gradle', name: 'org.apache.commons:commons-lang3', version: '3.14.0', line: 9 },
      { ecosystem: 'gradle', name: 'org.projectlombok:lombok', version: '1.18.32', line: 13 },
      { ecosystem: 'gradle', name: 'org.projectlombok:lombok', version: '1.18.32', line: 14 },
      { ecosystem: 'gradle', name: 'org.junit.jupiter:junit-jupiter', version: '$junitVersion', line: 15 },
      { ecosystem: 'gradle', name: 'software.amazon.awssdk:bom', version: '2.26.7', line: 16 },
    ])
  })

  it('reads the Kotlin DSL', () => {
    expect(readGradle(kotlin)).toEqual([
      { ecosystem: 'gradle', name: 'io.ktor:ktor-server-core', version: '2.3.12', line: 3 },
      { ecosystem: 'gradle', name: 'org.junit.platform:junit-platform-launcher', version: '1.10.3', line: 4 },
      { ecosystem: 'gradle', name: 'com.google.dagger:dagger-compiler', version: '2.51.1', line: 5 },
      { ecosystem: 'gradle', name: 'joda-time:joda-time', version: '2.12.7', line: 6 },
    ])
  })

  it('returns [] for text without declarations', () => {
    expect(readGradle('{{{ implementation ( \n "unterminated')).toEqual([])
  })
})

const catalog = `[versions]
spring = "6.1.10"
jackson = { strictly = "2.17.1" }

[libraries]
spring-core = { module = "org.springframework:spring-core", version.ref = "spring" }
spring-web = { group = "org.springframework", name = "spring-web", version.ref = "spring" }
guava = "com.google.guava:guava:33.2.1-jre"
jackson-databind = { module = "com.fasterxml.jackson.core:jackson-databind", version.ref = "jackson" }
okhttp-bom = { module = "com.squareup.okhttp3:okhttp-bom", version = { require = "4.12.0" } }
junit-api = { module = "org.junit.jupiter:junit-jupiter-api" }

[plugins]
kotlin-jvm = { id = "org.jetbrains.kotlin.jvm", version = "2.0.0" }
`

describe('readGradleCatalog', () => {
  it('reads libraries in every notation, resolving version references', () => {
    expect(readGradleCatalog(catalog)).toEqual([
      { ecosystem: 'gradle', name: 'org.springframework:spring-core', version: '6.1.10', line: 6 },
      { ecosystem: 'gradle', name: 'org.springframework:spring-web', version: '6.1.10', line: 7 },
      { ecosystem: 'gradle', name: 'com.google.guava:guava', version: '33.2.1-jre', line: 8 },
      {
        ecosystem: 'gradle',
        name: 'com.fasterxml.jackson.core:jackson-databind',
        version: '2.17.1',
        line: 9,
      },
      { ecosystem: 'gradle', name: 'com.squareup.okhttp3:okhttp-bom', version: '4.12.0', line: 10 },
      { ecosystem: 'gradle', name: 'org.junit.jupiter:junit-jupiter-api', version: null, line: 11 },
    ])
  })

  it('returns [] for broken TOML', () => {
    expect(readGradleCatalog('[libraries\nguava = "a:b:1"')).toEqual([])
  })
})
