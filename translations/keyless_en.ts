<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>Keyless::Cli::ProgressCommand</name>
        <message numerus="yes">
            <source>exported %n record(s) to %1
</source>
            <translation>
                <numerusform>exported %n record to %1
</numerusform>
                <numerusform>exported %n records to %1
</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Keyless::Progress::Database</name>
        <message numerus="yes">
            <source>Your progress file was damaged. It was moved to %1 and a new one was started with the %n record(s) that could still be read from it.</source>
            <translation>
                <numerusform>Your progress file was damaged. It was moved to %1 and a new one was started with the %n record that could still be read from it.</numerusform>
                <numerusform>Your progress file was damaged. It was moved to %1 and a new one was started with the %n records that could still be read from it.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1, and %n more problem(s)</source>
            <translation>
                <numerusform>%1, and %n more problem</numerusform>
                <numerusform>%1, and %n more problems</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Keyless::Ui::Labs::FlowView</name>
        <message numerus="yes">
            <source>%n event(s) — press Play or Right to start</source>
            <translation>
                <numerusform>%n event — press Play or Right to start</numerusform>
                <numerusform>%n events — press Play or Right to start</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Keyless::Ui::Labs::LabBrowser</name>
        <message numerus="yes">
            <source>%1 · %n min</source>
            <translation>
                <numerusform>%1 · %n min</numerusform>
                <numerusform>%1 · %n min</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Keyless::Ui::Labs::ConsoleWidget</name>
        <message numerus="yes">
            <source>%n lines: Enter runs them all</source>
            <translation>
                <numerusform>%n line: Enter runs it</numerusform>
                <numerusform>%n lines: Enter runs them all</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Keyless::Ui::Labs::LabWorkspace</name>
        <message numerus="yes">
            <source>Resumed your attempt: %n command(s) replayed.</source>
            <translation>
                <numerusform>Resumed your attempt: %n command replayed.</numerusform>
                <numerusform>Resumed your attempt: %n commands replayed.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hint(s) used</source>
            <translation>
                <numerusform>%n hint used</numerusform>
                <numerusform>%n hints used</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Keyless::Ui::Labs::PortalView</name>
        <message numerus="yes">
            <source>System-assigned identity and %n user-assigned identity(s)</source>
            <translation>
                <numerusform>System-assigned identity and %n user-assigned identity</numerusform>
                <numerusform>System-assigned identity and %n user-assigned identities</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n user-assigned identity(s)</source>
            <translation>
                <numerusform>%n user-assigned identity</numerusform>
                <numerusform>%n user-assigned identities</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n blob(s)</source>
            <translation>
                <numerusform>%n blob</numerusform>
                <numerusform>%n blobs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n byte(s)</source>
            <translation>
                <numerusform>%n byte</numerusform>
                <numerusform>%n bytes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Keyless::Ui::Study::LessonsPage</name>
        <message numerus="yes">
            <source>Lesson %1 of %2 · about %n minute(s)</source>
            <translation>
                <numerusform>Lesson %1 of %2 · about %n minute</numerusform>
                <numerusform>Lesson %1 of %2 · about %n minutes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Keyless::Ui::Study::ProgressPage</name>
        <message numerus="yes">
            <source>%1 of %2 lessons read · %n practice answer(s)</source>
            <translation>
                <numerusform>%1 of %2 lessons read · %n practice answer</numerusform>
                <numerusform>%1 of %2 lessons read · %n practice answers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n review card(s) due today</source>
            <translation>
                <numerusform>%n review card due today</numerusform>
                <numerusform>%n review cards due today</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>At least %1 % correct with 80 % confidence, from %n answer(s).</source>
            <translation>
                <numerusform>At least %1 % correct with 80 % confidence, from %n answer.</numerusform>
                <numerusform>At least %1 % correct with 80 % confidence, from %n answers.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %n record(s) to %1.</source>
            <translation>
                <numerusform>Exported %n record to %1.</numerusform>
                <numerusform>Exported %n records to %1.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Keyless::Ui::Study::QuizWidget</name>
        <message numerus="yes">
            <source>You answered %1 of %n question(s) correctly.</source>
            <translation>
                <numerusform>You answered %1 of %n question correctly.</numerusform>
                <numerusform>You answered %1 of %n questions correctly.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) not answered yet. They count as wrong. Finish the exam now?</source>
            <translation>
                <numerusform>%n question not answered yet. It counts as wrong. Finish the exam now?</numerusform>
                <numerusform>%n questions not answered yet. They count as wrong. Finish the exam now?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) not answered yet. Finish now?</source>
            <translation>
                <numerusform>%n question not answered yet. Finish now?</numerusform>
                <numerusform>%n questions not answered yet. Finish now?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) not answered: they count as wrong, as on the real exam.</source>
            <translation>
                <numerusform>%n question not answered: it counts as wrong, as on the real exam.</numerusform>
                <numerusform>%n questions not answered: they count as wrong, as on the real exam.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) not answered: they are not counted.</source>
            <translation>
                <numerusform>%n question not answered: it is not counted.</numerusform>
                <numerusform>%n questions not answered: they are not counted.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) available.</source>
            <translation>
                <numerusform>%n question available.</numerusform>
                <numerusform>%n questions available.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Choose %n answer(s).</source>
            <translation>
                <numerusform>Choose %n answer.</numerusform>
                <numerusform>Choose %n answers.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Keyless::Ui::Study::ReviewWidget</name>
        <message numerus="yes">
            <source>in %n day(s)</source>
            <translation>
                <numerusform>in %n day</numerusform>
                <numerusform>in %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Done for today: %n card(s) reviewed.</source>
            <translation>
                <numerusform>Done for today: %n card reviewed.</numerusform>
                <numerusform>Done for today: %n cards reviewed.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Next review: %1 (%n card(s)).</source>
            <translation>
                <numerusform>Next review: %1 (%n card).</numerusform>
                <numerusform>Next review: %1 (%n cards).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n card(s) left today</source>
            <translation>
                <numerusform>%n card left today</numerusform>
                <numerusform>%n cards left today</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n card(s) to see again</source>
            <translation>
                <numerusform>%n card to see again</numerusform>
                <numerusform>%n cards to see again</numerusform>
            </translation>
        </message>
    </context>
</TS>
