package dev.reload.advice.engine;

import java.time.LocalDate;

import dev.reload.knee.Severity;

/** R1.stop — pain during a session at or above the stop knob (default 6) means: stop this session now. */
final class StopRule implements AdviceRule {

    static final String ID = "R1.stop";

    @Override
    public void apply(Situation s, AdviceDraft draft) {
        LogIndex log = s.log();
        int threshold = s.knobs().stopPain();
        long from = log.asOf - 7;
        LocalDate last = null;
        int worst = 0;
        for (int i = LogIndex.lowerBound(log.anyDay, from); i < log.sessions; i++) {
            if (log.anyPainDuring[i] >= threshold) {
                last = LocalDate.ofEpochDay(log.anyDay[i]);
                worst = log.anyPainDuring[i];
            }
        }
        if (last == null) {
            return;
        }
        draft.add(new Finding(
                ID,
                Severity.HIGH,
                "Pain reached " + worst + "/10 during the session of " + Days.inWords(last)
                        + ". Whenever pain during activity climbs to " + threshold
                        + " or more, end the session there and then.",
                Sources.and(Sources.ARTICLE, Sources.SILBERNAGEL_2007)));
    }
}
