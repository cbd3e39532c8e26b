// What the sign-up specs share: a published drive with an open and a full shift, a receipt,
// the page opened from a team's QR link, and a volunteer who fills the form, code included.
import { fireEvent, render, screen } from '@testing-library/react';
import { Routes } from '../../app/routes';

export const SHIFT_OPEN = { id: 'shift-am', startsAt: '2027-12-05T01:00:00.000Z', endsAt: '2027-12-05T04:00:00.000Z', capacity: 20, spotsLeft: 12, waitlistCount: 0 };
export const SHIFT_FULL = { id: 'shift-pm', startsAt: '2027-12-05T05:00:00.000Z', endsAt: '2027-12-05T08:00:00.000Z', capacity: 1, spotsLeft: 0, waitlistCount: 2 };

export function publicDrive(locale = 'en', shortages: { bloodType: string; level: string }[] = []) {
  return {
    data: {
      publicDrive: {
        id: 'drive-1',
        slug: 'dec-5-blood-drive',
        title: 'International Volunteer Day blood drive',
        description: 'Bloodmobile in front of the library.',
        kind: 'WHOLE_BLOOD',
        status: 'PUBLISHED',
        location: 'Xinhua Square, Hohhot',
        regionCode: 'CN-150100',
        shortages,
        timeZone: 'Asia/Shanghai',
        startsAt: SHIFT_OPEN.startsAt,
        endsAt: SHIFT_FULL.endsAt,
        minAge: 18,
        maxAge: 60,
        consentText: locale === 'zh-CN' ? '我同意保存我的信息。' : 'I agree that the organizers store my details.',
        consentVersion: '2026-11-v1',
        healthConsentText: locale === 'zh-CN' ? '我另行同意保存我的健康信息。' : 'I separately agree that the organization stores health data about me.',
        healthConsentVersion: '2026-12-health-v1',
        healthConsentRequired: true,
        callOutsConsentText: locale === 'zh-CN' ? '选填：当有患者急需我的血型时通知我。' : 'Optional: ask me when a patient urgently needs my blood type.',
        team: { name: 'Riders Club', code: 'K7XQ2M', collegeName: 'Inner Mongolia University' },
        shifts: [SHIFT_OPEN, SHIFT_FULL],
      },
    },
  };
}

export function receipt(overrides: Record<string, unknown> = {}) {
  return {
    data: {
      signUp: { status: 'REGISTERED', duplicate: false, manageToken: 'tok-123', shiftStartsAt: SHIFT_OPEN.startsAt, shiftEndsAt: SHIFT_OPEN.endsAt, waitlistPosition: null, ...overrides },
    },
  };
}

/** requestSignUpCode's answer: the same `true` whether or not the contact is known. */
export const CODE_SENT = { data: { requestSignUpCode: true } };

export async function openForm(path = '/d/dec-5-blood-drive?team=k7xq2m&source=qr') {
  window.history.pushState({}, '', path);
  render(<Routes />);
  return screen.findByRole('heading', { level: 1, name: 'International Volunteer Day blood drive' });
}

/** Asks for the code for what the contact fields hold, and waits until the form says where it went. */
export async function sendCode() {
  fireEvent.click(screen.getByRole('button', { name: 'Send code' }));
  return screen.findByText(/^We sent a code to /);
}

export async function fillValid({ phone = '13812345678', email = 'li.wei@example.edu.cn', code = '123456' } = {}) {
  fireEvent.change(screen.getByLabelText('Mobile phone'), { target: { value: phone } });
  fireEvent.change(screen.getByLabelText('E-mail'), { target: { value: email } });
  await sendCode();
  fireEvent.change(screen.getByLabelText('6-digit code'), { target: { value: code } });
  fireEvent.click(screen.getByRole('radio', { name: /09:00/ }));
  fireEvent.change(screen.getByLabelText('Full name'), { target: { value: 'Li Wei' } });
  fireEvent.change(screen.getByLabelText('Date of birth'), { target: { value: '2004/9/1' } });
  fireEvent.click(screen.getByRole('checkbox', { name: /I agree that the organizers store my details/ }));
  fireEvent.click(screen.getByRole('checkbox', { name: /I separately agree that the organization stores health data/ }));
}

