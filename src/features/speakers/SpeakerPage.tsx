import { useSuspenseQuery } from '@tanstack/react-query';
import { useParams } from 'react-router-dom';
import { speakerQuery } from './api.ts';
import { SpeakerNotFound } from './SpeakerNotFound.tsx';
import { SpeakerProfileView } from './SpeakerProfileView.tsx';

/** The `/speakers/:id` route: the speaker's quotes, or "Speaker not found" when there is none. */
export function SpeakerPage() {
  const { id = '' } = useParams();
  const { data } = useSuspenseQuery(speakerQuery(id));
  switch (data.kind) {
    case 'found':
      return <SpeakerProfileView speaker={data.speaker} />;
    case 'not-found':
      return <SpeakerNotFound id={data.id} />;
    default: {
      const unreachable: never = data;
      return unreachable;
    }
  }
}
