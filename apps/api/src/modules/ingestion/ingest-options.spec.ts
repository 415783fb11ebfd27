import { ingestOptions, parseMaps } from './ingest-options';

describe('ingestOptions', () => {
  it('reads the format, encoding, source and maps of a request', () => {
    expect(ingestOptions({ contentType: 'text/csv; charset=UTF-8', contentEncoding: 'gzip' }, { source: ' pbx ', mapping: 'm', map: ['a:B', 'c:D:E'] }))
      .toEqual({ format: 'csv', gzip: true, source: 'pbx', mappingName: 'm', maps: new Map([['a', 'B'], ['c', 'D:E']]) });
    expect(ingestOptions({ contentType: 'application/x-ndjson' }, {})).toMatchObject({ format: 'ndjson', gzip: false, source: 'api', mappingName: null });
  });

  it('refuses other media types, charsets and encodings with UNSUPPORTED_MEDIA_TYPE', () => {
    for (const headers of [{}, { contentType: 'application/json' }, { contentType: 'text/csv; charset=latin1' }, { contentType: 'text/csv', contentEncoding: 'br' }]) {
      expect(() => ingestOptions(headers, {})).toThrow(expect.objectContaining({ code: 'UNSUPPORTED_MEDIA_TYPE' }));
    }
  });

  it('refuses bad query parameters with BAD_USER_INPUT naming them', () => {
    expect(() => ingestOptions({ contentType: 'text/csv' }, { source: '' })).toThrow(expect.objectContaining({
      code: 'BAD_USER_INPUT', details: { parameter: 'source', messageZh: '导入请求无效，未存储任何数据：?source: the source cannot be empty' },
    }));
    expect(() => ingestOptions({ contentType: 'text/csv' }, { source: 'a\u0001' })).toThrow(/control characters/);
  });
});

describe('parseMaps', () => {
  it('reads comma-separated and repeated field:Column pairs', () => {
    expect(parseMaps(['occurred_at:Start Time, agent:Who', 'rating:Stars'])).toEqual(new Map([
      ['occurred_at', 'Start Time'], ['agent', 'Who'], ['rating', 'Stars'],
    ]));
  });

  it('refuses pairs without both halves and fields mapped twice', () => {
    expect(() => parseMaps(['rating'])).toThrow('?map: write each map as map=field:Column (got "rating")');
    expect(() => parseMaps([':x'])).toThrow(/write each map/);
    expect(() => parseMaps(['a:b,a:c'])).toThrow('?map: a is mapped twice');
  });
});
