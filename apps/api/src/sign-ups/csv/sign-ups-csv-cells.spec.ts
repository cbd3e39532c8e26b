import { InvalidInputError } from '../../common/errors/domain-errors';
import { looseBloodType, looseDate, neutraliseFormula, readImportFile, readTime, wallTime } from './csv-cells';

const problemOf = (csv: string) => {
  try {
    readImportFile(csv);
  } catch (error) {
    if (error instanceof InvalidInputError) return error.problems;
    throw error;
  }
  return [];
};

describe('sign-up spreadsheet cells', () => {
  it('refuse a file of more than 5,000 rows or 2 MB', () => {
    const row = (i: number) => `P${i},p${i}@x.io,2030-12-05 09:00`;
    const header = 'name,email,shiftStartsAt';
    expect(readImportFile([header, ...Array.from({ length: 5000 }, (_, i) => row(i))].join('\n'))).toHaveLength(5000);
    const tooLarge = [{ field: 'csv', key: 'csvTooLarge', params: { maxRows: 5000, maxMb: 2 } }];
    expect(problemOf([header, ...Array.from({ length: 5001 }, (_, i) => row(i))].join('\n'))).toEqual(tooLarge);
    expect(problemOf(`${header}\n${'x'.repeat(2 * 1024 * 1024)},a@b.io,2030-12-05 09:00`)).toEqual(tooLarge);
    // Multi-byte characters count as the bytes they take.
    expect(problemOf(`${header}\n${'王'.repeat(700_000)},a@b.io,2030-12-05 09:00`)).toEqual(tooLarge);
  });

  it('read the time zone an export names in the shift column’s header, and keep other notes in parentheses', () => {
    const exported = readImportFile('name,email,shiftStartsAt (Asia/Shanghai),signedUpAt (Asia/Shanghai)\nA,a@x.io,2030-12-05 09:00:00,2030-11-01 10:00:00');
    expect(exported).toEqual([{ line: 2, cells: { name: 'A', email: 'a@x.io', shiftStartsAt: '2030-12-05 09:00:00' }, shiftZone: 'Asia/Shanghai' }]);
    const typed = readImportFile('Name,E-mail,Shift starts at,Volume (ml)\nB,b@x.io,2030-12-05 09:00,400');
    expect(typed).toEqual([{ line: 2, cells: { name: 'B', email: 'b@x.io', shiftStartsAt: '2030-12-05 09:00', volumeMl: '400' } }]);
    // A parenthesis that is not a zone does not name a column.
    expect(problemOf('name,email,shiftStartsAt (Mars/Olympus)\n')).toEqual([{ field: 'csv', key: 'csvMissingColumns', params: { columns: 'shiftStartsAt' } }]);
  });

  it('number rows by the line they start on, whatever the line endings and blank lines', () => {
    const csv = '\ufeffName,E-Mail,Shift Starts At\r\n"Multi\r\nline",a@x.io,t\r\n\r\n,,\r\nB,b@x.io,t\nC,"c@x.io\nd",t\rD,d@x.io,t';
    expect(readImportFile(csv).map((r) => [r.line, r.cells.name])).toEqual([
      [2, 'Multi\r\nline'],
      [6, 'B'],
      [7, 'C'],
      [9, 'D'],
    ]);
  });

  it('read semicolon- and tab-separated files and ignore unknown columns', () => {
    expect(readImportFile('name;email;shiftStartsAt;college\nA;a@x.io;t;IMU')[0].cells).toEqual({ name: 'A', email: 'a@x.io', shiftStartsAt: 't' });
    expect(readImportFile('name\temail\tshift_starts_at\nA\ta@x.io\tt')[0].cells).toEqual({ name: 'A', email: 'a@x.io', shiftStartsAt: 't' });
  });

  it('neutralise formulas on the way out and restore them on the way in', () => {
    for (const cell of ['=1+1', '+8613812345678', '-2', '@SUM(A1)', '\tx']) expect(neutraliseFormula(cell)).toBe(`'${cell}`);
    expect(neutraliseFormula("O'Brien")).toBe("O'Brien");
    const [row] = readImportFile(`name,email,phone,shiftStartsAt\n'=1+1,a@x.io,'+8613812345678,t`);
    expect(row.cells).toMatchObject({ name: '=1+1', phone: '+8613812345678' });
    expect(readImportFile(`name,email,shiftStartsAt\n'quoted',a@x.io,t`)[0].cells.name).toBe("'quoted'");
  });

  it('read times with a zone as instants and times without one as wall times', () => {
    expect(readTime('2030-12-05T09:00:00+08:00')).toEqual({ instant: Date.UTC(2030, 11, 5, 1) });
    expect(readTime('2030-12-05T01:00:00.000Z')).toEqual({ instant: Date.UTC(2030, 11, 5, 1) });
    expect(readTime('2030-12-05 09:00')).toEqual({ wall: '2030-12-05 09:00:00' });
    expect(readTime('2030/12/5 9:00')).toEqual({ wall: '2030-12-05 09:00:00' });
    expect(readTime('next Friday')).toBeNull();
    expect(wallTime(new Date(Date.UTC(2030, 11, 5, 1)), 'Asia/Shanghai')).toBe('2030-12-05 09:00:00');
    expect(wallTime(new Date(Date.UTC(2030, 11, 4, 16)), 'Asia/Shanghai')).toBe('2030-12-05 00:00:00');
  });

  it('read dates and blood types as spreadsheets and people write them', () => {
    expect(looseDate('2004/5/20')).toBe('2004-05-20');
    expect(looseDate('20.05.2004')).toBe('20.05.2004');
    expect(['O-', 'o neg', 'O_NEG', 'AB+', 'ab pos', 'B RhD-'].map(looseBloodType)).toEqual(['O_NEG', 'O_NEG', 'O_NEG', 'AB_POS', 'AB_POS', 'B_NEG']);
    expect(looseBloodType('Z+')).toBe('Z+');
  });
});
