import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { Routes } from '../../app/routes';
import { fakeGraphQL } from '../../testing/fake-graphql';
import { i18n } from '../i18n/i18n';

const AM = { id: 'shift-am', startsAt: '2027-12-05T01:00:00.000Z', endsAt: '2027-12-05T04:00:00.000Z', capacity: 20, spotsLeft: 12, waitlistCount: 0 };
const PM = { id: 'shift-pm', startsAt: '2027-12-05T05:00:00.000Z', endsAt: '2027-12-05T08:00:00.000Z', capacity: 10, spotsLeft: 4, waitlistCount: 0 };

const REFERRALS = { referralCode: 'ABCDEFGH23', sharePath: '/d/dec-5-blood-drive?team=RIDERS&ref=ABCDEFGH23&source=share', signUps: 3, donated: 2 };

function mySignUp(status = 'REGISTERED', shift = AM, referrals: Record<string, unknown> | null = REFERRALS) {
  return {
    data: {
      mySignUp: {
        status,
        name: 'Li Wei',
        email: 'li.wei@example.edu.cn',
        teamName: 'Riders Club',
        waitlistPosition: status === 'WAITLISTED' ? 2 : null,
        drive: {
          id: 'drive-1',
          slug: 'dec-5-blood-drive',
          title: 'International Volunteer Day blood drive',
          description: null,
          status: 'PUBLISHED',
          location: 'Xinhua Square, Hohhot',
          timeZone: 'Asia/Shanghai',
          startsAt: AM.startsAt,
          endsAt: PM.endsAt,
          shifts: [AM, PM],
        },
        shift: { id: shift.id, startsAt: shift.startsAt, endsAt: shift.endsAt },
        referrals,
      },
    },
  };
}

beforeEach(async () => {
  await act(() => i18n.changeLanguage('en'));
});
afterEach(cleanup);

async function openManage(token = 'tok-123') {
  window.history.pushState({}, '', `/m/${token}`);
  render(<Routes />);
  return screen.findByRole('heading', { level: 1, name: 'International Volunteer Day blood drive' });
}

describe('the manage page', () => {
  it('shows the volunteer their sign-up', async () => {
    const { asked } = fakeGraphQL({ MySignUp: mySignUp('WAITLISTED') });
    await openManage();
    expect(asked[0]).toMatchObject({ operationName: 'MySignUp', variables: { manageToken: 'tok-123' } });
    expect(screen.getByText('Hello, Li Wei')).toBeTruthy();
    expect(screen.getByTestId('sign-up-status').textContent).toBe('On the waitlist: number 2');
    expect(screen.getByText('Riders Club')).toBeTruthy();
  });

  it('shows the volunteer their own share link and how many friends it brought', async () => {
    fakeGraphQL({ MySignUp: mySignUp() });
    await openManage();
    expect(screen.getByTestId('referral-count').textContent).toBe('You brought 3 friends (2 donated)');
    expect(screen.getByTestId('share-link').getAttribute('href')).toBe(`${window.location.origin}${REFERRALS.sharePath}`);
    expect(screen.getByRole('button', { name: 'Share my link' })).toBeTruthy();
  });

  it('says the friends brought to a stem-cell registry drive joined the registry, not that they donated, in both languages', async () => {
    const { mySignUp: signUp } = mySignUp().data;
    const registry = { data: { mySignUp: { ...signUp, drive: { ...signUp.drive, kind: 'STEM_CELL_REGISTRY' } } } };
    fakeGraphQL({ MySignUp: registry });
    await openManage();
    expect(screen.getByTestId('referral-count').textContent).toBe('You brought 3 friends (2 joined the registry)');
    cleanup();
    await act(() => i18n.changeLanguage('zh-CN'));
    fakeGraphQL({ MySignUp: registry });
    await openManage('tok-456');
    expect(screen.getByTestId('referral-count').textContent).toBe('您已邀请 3 位朋友（2 位已加入资料库）');
  });

  it('says only how many friends came through the link when their donations could tell a deferral', async () => {
    fakeGraphQL({ MySignUp: mySignUp('REGISTERED', AM, { ...REFERRALS, signUps: 1, donated: null }) });
    await openManage();
    expect(screen.getByTestId('referral-count').textContent).toBe('You brought 1 friend');
  });

  it('moves the sign-up to another time', async () => {
    let current = AM;
    const { asked } = fakeGraphQL({
      MySignUp: () => mySignUp('REGISTERED', current),
      ChangeShift: () => {
        current = PM;
        return { data: { changeShift: { status: 'REGISTERED', waitlistPosition: null, shiftStartsAt: PM.startsAt, shiftEndsAt: PM.endsAt } } };
      },
    });
    await openManage();
    fireEvent.click(screen.getByRole('radio', { name: /13:00/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Move to this time' }));
    expect(await screen.findByText(/Done: your time is now .*13:00/)).toBeTruthy();
    expect(asked.find((a) => a.operationName === 'ChangeShift')?.variables).toEqual({ input: { manageToken: 'tok-123', shiftId: 'shift-pm' } });
  });

  it('cancels after asking once more, and shows the cancellation from its answer: the link has ended', async () => {
    let cancelled = false;
    const { asked } = fakeGraphQL({
      // As the server does: a cancelled sign-up's link opens nothing.
      MySignUp: () => (cancelled ? { data: { mySignUp: null } } : mySignUp()),
      CancelSignUp: () => {
        cancelled = true;
        return { data: { cancelSignUp: { status: 'CANCELLED' } } };
      },
    });
    await openManage();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel my sign-up' }));
    expect(asked.some((a) => a.operationName === 'CancelSignUp')).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Yes, cancel' }));
    expect(await screen.findByText('Your sign-up is cancelled. Thank you for letting us know.')).toBeTruthy();
    expect(screen.getByTestId('sign-up-status').textContent).toBe('Cancelled');
    expect(screen.getByText('Now that it is cancelled, this link no longer works.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Cancel my sign-up' })).toBeNull();
    expect(asked.filter((a) => a.operationName === 'MySignUp')).toHaveLength(1);

    // Another language asks again, and the page still shows what the cancellation said.
    await act(() => i18n.changeLanguage('zh-CN'));
    await waitFor(() => expect(asked.filter((a) => a.operationName === 'MySignUp')).toHaveLength(2));
    expect(await screen.findByText('您的报名已取消，感谢告知。')).toBeTruthy();
    expect(screen.getByTestId('sign-up-status').textContent).toBe('已取消');
    expect(screen.queryByRole('heading', { name: '此链接无法使用' })).toBeNull();
  });

  it('says when a link does not work', async () => {
    fakeGraphQL({ MySignUp: { data: { mySignUp: null } } });
    window.history.pushState({}, '', '/m/forged');
    render(<Routes />);
    expect(await screen.findByRole('heading', { level: 1, name: 'This link does not work' })).toBeTruthy();
    expect(screen.getByText('This link is invalid or has expired.')).toBeTruthy();
  });
});
