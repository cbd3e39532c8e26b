import { homeOf } from '../auth/use-session';
import { drivePagesFor } from './drive-nav';
import { navFor } from './organizer-layout';

const menu = (role: Parameters<typeof navFor>[0]) => navFor(role).map((item) => item.href);

describe('what each role finds in the app', () => {
  it('gives an admin every organizer page and the organizations', () => {
    expect(menu('ADMIN')).toEqual(['/drives', '/teams', '/messages', '/reserve', '/users', '/privacy', '/eligibility', '/organizations', '/audit']);
    expect(drivePagesFor('ADMIN')).toEqual(['dashboard', 'signUps', 'checkIn', 'edit']);
    expect(homeOf('ADMIN')).toBe('/drives');
  });

  it('gives an organizer their organization’s pages, without the organizations', () => {
    expect(menu('ORGANIZER')).toEqual(['/drives', '/teams', '/messages', '/reserve', '/users', '/privacy', '/eligibility']);
    expect(drivePagesFor('ORGANIZER')).toEqual(['dashboard', 'signUps', 'checkIn', 'edit']);
  });

  it('lets a viewer read drives, teams, messages, the reserve roster and the eligibility rules, but not the people, the desk or the edit form', () => {
    expect(menu('VIEWER')).toEqual(['/drives', '/teams', '/messages', '/reserve', '/eligibility']);
    expect(drivePagesFor('VIEWER')).toEqual(['dashboard', 'signUps']);
    expect(homeOf('VIEWER')).toBe('/drives');
  });

  it('sends desk staff to their desks and shows them nothing else', () => {
    expect(menu('DESK')).toEqual(['/desk']);
    expect(drivePagesFor('DESK')).toEqual(['checkIn']);
    expect(homeOf('DESK')).toBe('/desk');
  });

  it('keeps team leads on their teams', () => {
    expect(menu('TEAM_LEAD')).toEqual(['/my-teams']);
    expect(drivePagesFor('TEAM_LEAD')).toEqual([]);
    expect(homeOf('TEAM_LEAD')).toBe('/my-teams');
  });
});
