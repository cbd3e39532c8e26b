// The desk's "Verify blood type": the type seen on a typing card or a lab result, and the extended
// phenotypes if the card shows them, sent as verified by the desk. The person's card then shows
// the type as verified. Problems (no consent to health data, a bad phenotype) come back as words
// for the form.
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PHENOTYPE_ANTIGENS } from '@life-relay/domain';
import { CheckInVerifyBloodTypeDocument, type BloodType } from '../../generated/graphql';
import { errorMessage, fieldErrors } from '../../app/api/errors';

export type Antigen = (typeof PHENOTYPE_ANTIGENS)[number];
/** '' : not on the card. */
export type AntigenResult = '' | '+' | '-';

/** What the API is sent for the antigens the card shows: ["C+", "e-"]. */
export function phenotypesOf(results: Partial<Record<Antigen, AntigenResult>>): string[] {
  return PHENOTYPE_ANTIGENS.flatMap((antigen) => (results[antigen] ? [`${antigen}${results[antigen]}`] : []));
}

export function useVerifyBloodType(volunteer: { id: string; bloodType: BloodType | null }, onDone: (bloodType: BloodType) => void) {
  const { t: tc } = useTranslation('common');
  const [bloodType, setBloodType] = useState<BloodType | null>(volunteer.bloodType);
  const [antigens, setAntigens] = useState<Partial<Record<Antigen, AntigenResult>>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [verify, { loading }] = useMutation(CheckInVerifyBloodTypeDocument, {
    // The desk's card reads the person's type from the sign-up it found: it shows the verified one now.
    update: (cache, { data }) => {
      if (!data) return;
      cache.modify({ id: cache.identify({ __typename: 'Volunteer', id: volunteer.id }), fields: { bloodType: () => data.verifyBloodType.bloodType } });
    },
  });

  const submit = async (): Promise<void> => {
    setProblem(null);
    if (!bloodType) return setProblem('bloodType');
    try {
      await verify({ variables: { input: { volunteerId: volunteer.id, bloodType, phenotypes: phenotypesOf(antigens), source: 'DESK' } } });
      onDone(bloodType);
    } catch (error) {
      const fields = fieldErrors(error);
      setProblem(fields['volunteerId'] ?? fields['input.volunteerId'] ?? fields['phenotypes'] ?? fields['input.phenotypes'] ?? errorMessage(error, tc));
    }
  };

  return {
    bloodType,
    setBloodType,
    antigens,
    setAntigen: (antigen: Antigen, result: AntigenResult) => setAntigens((previous) => ({ ...previous, [antigen]: result })),
    problem,
    submit,
    loading,
  };
}
