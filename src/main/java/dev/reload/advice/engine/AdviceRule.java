package dev.reload.advice.engine;

/** A rule applied to the day's situation once the weeks are judged (R1.stop, R5, R7, R8). */
interface AdviceRule {

    void apply(Situation situation, AdviceDraft draft);
}
