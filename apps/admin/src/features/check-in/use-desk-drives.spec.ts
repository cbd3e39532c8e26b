import { deskOrder, type DeskDrive } from './use-desk-drives';

const drive = (id: string, startsAt: string, endsAt: string): DeskDrive => ({
  id,
  title: id,
  kind: 'WHOLE_BLOOD',
  status: 'PUBLISHED',
  location: 'Hohhot',
  timeZone: 'Asia/Shanghai',
  startsAt,
  endsAt,
});

describe('the order of a desk person’s drives', () => {
  it('puts the drive under way first, then those to come by date, then those over, latest first', () => {
    const now = new Date('2027-12-05T04:00:00Z');
    const drives = [
      drive('next-month', '2028-01-05T01:00:00Z', '2028-01-05T09:00:00Z'),
      drive('last-week', '2027-11-28T01:00:00Z', '2027-11-28T09:00:00Z'),
      drive('today', '2027-12-05T01:00:00Z', '2027-12-05T09:00:00Z'),
      drive('last-month', '2027-11-05T01:00:00Z', '2027-11-05T09:00:00Z'),
      drive('tomorrow', '2027-12-06T01:00:00Z', '2027-12-06T09:00:00Z'),
    ];
    expect(deskOrder(drives, now).map((d) => d.id)).toEqual(['today', 'tomorrow', 'next-month', 'last-week', 'last-month']);
  });
});
