// The state of merging another record into the person in the drawer: the contact typed, the
// look-up (volunteerByContact) and what it found, the confirmation, the merge (mergeVolunteers,
// this person kept) and the server's problems in words an organizer reads.
import { useApolloClient, useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SignUpsMergeVolunteersDocument, SignUpsVolunteerByContactDocument } from '../../generated/graphql';
import { errorCode, errorMessage, fieldErrors } from '../../app/api/errors';
import type { MergeRecord } from './volunteer-merge';

/** What the look-up found: nobody, this very person, or another record. */
export type LookUpResult = { kind: 'notFound'; contact: string } | { kind: 'self' } | { kind: 'found'; record: MergeRecord };

// The drawer's person and the roster show the kept record; the roster's rows carry its contacts.
const AFFECTED = ['SignUpsVolunteer', 'SignUpsList'];

export function useVolunteerMerge(keep: MergeRecord) {
  const { t } = useTranslation('signUps');
  const { t: tc } = useTranslation('common');
  const client = useApolloClient();
  const [contact, setContactValue] = useState('');
  const [contactError, setContactError] = useState<string | null>(null);
  const [looking, setLooking] = useState(false);
  const [result, setResult] = useState<LookUpResult | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [mergeVolunteers, { loading: merging }] = useMutation(SignUpsMergeVolunteersDocument, { refetchQueries: AFFECTED, awaitRefetchQueries: true });

  const setContact = (value: string) => {
    setContactValue(value);
    setContactError(null);
    setResult(null);
    setProblem(null);
  };

  const lookUp = async () => {
    const typed = contact.trim();
    setProblem(null);
    setResult(null);
    if (!typed) {
      setContactError(t('merge.contactRequired'));
      return;
    }
    setLooking(true);
    try {
      const { data, error } = await client.query({ query: SignUpsVolunteerByContactDocument, variables: { contact: typed }, fetchPolicy: 'network-only' });
      if (error) throw error;
      const found = data?.volunteerByContact;
      setResult(!found ? { kind: 'notFound', contact: typed } : found.id === keep.id ? { kind: 'self' } : { kind: 'found', record: found });
    } catch (error) {
      const invalid = fieldErrors(error)['contact'];
      if (invalid) setContactError(invalid);
      else setProblem(errorMessage(error, tc));
    } finally {
      setLooking(false);
    }
  };

  const merge = async () => {
    if (result?.kind !== 'found') return;
    const other = result.record;
    setProblem(null);
    try {
      await mergeVolunteers({
        variables: { keepId: keep.id, mergeId: other.id },
        // The merged record no longer exists: nothing may show it from the cache.
        update: (cache) => {
          cache.evict({ id: cache.identify({ __typename: 'Volunteer', id: other.id }) });
          cache.gc();
        },
      });
      notifications.show({ color: 'teal', message: t('merge.done', { merged: other.name, kept: keep.name }) });
      setContactValue('');
      setResult(null);
    } catch (error) {
      if (errorCode(error) === 'NOT_FOUND') {
        setResult(null);
        setProblem(t('merge.gone'));
      } else {
        setProblem(errorMessage(error, tc));
      }
    } finally {
      setConfirming(false);
    }
  };

  return {
    contact,
    setContact,
    contactError,
    looking,
    result,
    problem,
    lookUp,
    confirming,
    askToMerge: () => setConfirming(true),
    cancelMerge: () => setConfirming(false),
    merge,
    merging,
  };
}

export type VolunteerMergeState = ReturnType<typeof useVolunteerMerge>;
