import { describe, expect, it } from 'vitest';
import { decodeWireBody, encodeWireBody } from '../../../main/shared/wire';

describe('the request body of the browser host', () => {
  it('carries bytes as tagged base64 and gives back the same Uint8Array', () => {
    const bytes = Uint8Array.from({ length: 100_000 }, (_, i) => (i * 31) % 256);
    const body = encodeWireBody({ fileName: '青川.docx', bytes });
    expect(body).toMatch(/^\{"fileName":"青川.docx","bytes":\{"\$bytes":"[A-Za-z0-9+/=]+"\}\}$/);
    const decoded = decodeWireBody(body) as { fileName: string; bytes: Uint8Array };
    expect(decoded.fileName).toBe('青川.docx');
    expect(decoded.bytes).toBeInstanceOf(Uint8Array);
    expect(decoded.bytes).toEqual(bytes);
  });

  it('leaves everything else as plain JSON, an empty file included', () => {
    expect(encodeWireBody({ id: 1, text: '“十四五”' })).toBe('{"id":1,"text":"“十四五”"}');
    expect(decodeWireBody('{"bytes":{"$bytes":""}}')).toEqual({ bytes: new Uint8Array(0) });
  });

  it('keeps a tag that is not base64, or not alone, as it is: the contract refuses it', () => {
    expect(decodeWireBody('{"bytes":{"$bytes":"不是"}}')).toEqual({ bytes: { $bytes: '不是' } });
    expect(decodeWireBody('{"bytes":{"$bytes":"AA==","more":1}}')).toEqual({ bytes: { $bytes: 'AA==', more: 1 } });
    expect(() => decodeWireBody('{not json')).toThrow(SyntaxError);
  });
});
