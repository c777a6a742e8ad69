import { describe, expect, it } from 'vitest'
import { readCsproj } from '../../../src/core/manifests/read-csproj.js'
import { readPom } from '../../../src/core/manifests/read-pom.js'

const pom = `<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.harbor</groupId>
  <artifactId>ledger-service</artifactId>
  <version>2.3.0</version>
  <properties>
    <jackson.version>2.17.1</jackson.version>
  </properties>
  <dependencyManagement>
    <dependencies>
      <dependency>
        <groupId>com.fasterxml.jackson</groupId>
        <artifactId>jackson-bom</artifactId>
        <version>\${jackson.version}</version>
        <type>pom</type>
        <scope>import</scope>
      </dependency>
    </dependencies>
  </dependencyManagement>
  <dependencies>
    <!-- <dependency><groupId>log4j</groupId><artifactId>log4j</artifactId></dependency> -->
    <dependency>
      <groupId>org.apache.logging.log4j</groupId>
      <artifactId>log4j-core</artifactId>
      <version>2.23.1</version>
    </dependency>
    <dependency>
      <groupId>com.harbor</groupId>
      <artifactId>ledger-model</artifactId>
      <version>\${project.version}</version>
    </dependency>
    <dependency>
      <groupId>com.fasterxml.jackson.core</groupId>
      <artifactId>jackson-databind</artifactId>
    </dependency>
    <dependency>
      <groupId>org.example</groupId>
      <artifactId>unresolved</artifactId>
      <version>\${elsewhere.version}</version>
    </dependency>
  </dependencies>
  <profiles>
    <profile>
      <id>it</id>
      <dependencies>
        <dependency>
          <groupId>org.testcontainers</groupId>
          <artifactId>postgresql</artifactId>
          <version>[1.19,2.0)</version>
        </dependency>
      </dependencies>
    </profile>
  </profiles>
</project>
`

describe('readPom', () => {
  it('reads dependencies, dependency management and profiles, resolving the pom’s own properties', () => {
    expect(readPom(pom)).toEqual([
      { ecosystem: 'maven', name: 'com.fasterxml.jackson:jackson-bom', version: '2.17.1', line: 14 },
      { ecosystem: 'maven', name: 'org.apache.logging.log4j:log4j-core', version: '2.23.1', line: 25 },
      { ecosystem: 'maven', name: 'com.harbor:ledger-model', version: '2.3.0', line: 30 },
      { ecosystem: 'maven', name: 'com.fasterxml.jackson.core:jackson-databind', version: null, line: 35 },
      { ecosystem: 'maven', name: 'org.example:unresolved', version: '${elsewhere.version}', line: 39 },
      { ecosystem: 'maven', name: 'org.testcontainers:postgresql', version: '[1.19,2.0)', line: 49 },
    ])
  })

  it.each([
    ['an unclosed element', pom.replace('</project>', '')],
    ['a mismatched tag', '<project><dependencies></project>'],
    ['JSON', '{"project": {}}'],
    ['an empty file', ''],
    ['another root', '<settings><dependencies/></settings>'],
  ])('returns [] for %s', (_case, text) => {
    expect(readPom(text)).toEqual([])
  })
})

const csproj = `<Project Sdk="Microsoft.NET.Sdk.Web">
  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Newtonsoft.Json" Version="13.0.3" />
    <PackageReference Include="Serilog.AspNetCore">
      <Version>8.0.1</Version>
    </PackageReference>
    <PackageReference Include="Microsoft.EntityFrameworkCore" VersionOverride="[8.0.0,9.0.0)" />
    <ProjectReference Include="..\\Ledger.Domain\\Ledger.Domain.csproj" />
  </ItemGroup>
  <Choose>
    <When Condition="'$(Configuration)' == 'Debug'">
      <ItemGroup>
        <PackageReference Include="Swashbuckle.AspNetCore" />
      </ItemGroup>
    </When>
  </Choose>
</Project>
`

describe('readCsproj', () => {
  it('reads PackageReference attributes, child versions, overrides and nested item groups', () => {
    expect(readCsproj(csproj)).toEqual([
      { ecosystem: 'nuget', name: 'Newtonsoft.Json', version: '13.0.3', line: 6 },
      { ecosystem: 'nuget', name: 'Serilog.AspNetCore', version: '8.0.1', line: 7 },
      { ecosystem: 'nuget', name: 'Microsoft.EntityFrameworkCore', version: '[8.0.0,9.0.0)', line: 10 },
      { ecosystem: 'nuget', name: 'Swashbuckle.AspNetCore', version: null, line: 16 },
    ])
  })

  it('reads central package versions from Directory.Packages.props', () => {
    const props = `<Project>\n  <ItemGroup>\n    <PackageVersion Include="Polly" Version="8.4.0" />\n  </ItemGroup>\n</Project>\n`
    expect(readCsproj(props)).toEqual([{ ecosystem: 'nuget', name: 'Polly', version: '8.4.0', line: 3 }])
  })

  it('returns [] for broken XML', () => {
    expect(
      readCsproj('<Project><ItemGroup><PackageReference Include="X" Version="1"></ItemGroup></Project>'),
    ).toEqual([])
  })
})
