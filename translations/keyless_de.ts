<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>Keyless::Cli</name>
        <message>
            <source>keyless progress export: exporting what can still be read from it.
</source>
            <translation>keyless progress export: Exportiert wird, was sich noch lesen lässt.
</translation>
        </message>
        <message>
            <source>keyless script: %1
</source>
            <translation>keyless script: %1
</translation>
        </message>
        <message>
            <source>usage: keyless lab list [--labs DIR]...
       keyless lab check LAB [--solution FILE|-] [--seed N] [--json] [--verbose] [--db PATH] [--labs DIR]...
LAB is a lab file or the id of a bundled lab (or of one in a --labs folder).
</source>
            <translation>Aufruf: keyless lab list [--labs ORDNER]...
        keyless lab check LAB [--solution DATEI|-] [--seed N] [--json] [--verbose] [--db PFAD] [--labs ORDNER]...
LAB ist eine Lab-Datei oder die ID eines mitgelieferten Labs (oder eines Labs in einem --labs-Ordner).
</translation>
        </message>
        <message>
            <source>cannot read %1: %2</source>
            <translation>%1 kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>keyless lab check: cannot open the progress database: %1
</source>
            <translation>keyless lab check: die Fortschrittsdatenbank kann nicht geöffnet werden: %1
</translation>
        </message>
        <message>
            <source>keyless lab check: the attempt was not recorded: %1
</source>
            <translation>keyless lab check: der Versuch wurde nicht aufgezeichnet: %1
</translation>
        </message>
        <message>
            <source>recorded attempt %1
</source>
            <translation>Versuch %1 aufgezeichnet
</translation>
        </message>
        <message>
            <source>keyless lab check: %1 is not a valid lab
</source>
            <translation>keyless lab check: %1 ist kein gültiges Lab
</translation>
        </message>
        <message>
            <source>keyless lab check: no lab with id '%1' (see keyless lab list)
</source>
            <translation>keyless lab check: kein Lab mit der ID „%1“ (siehe keyless lab list)
</translation>
        </message>
        <message>
            <source>no lab with id '%1' (see keyless lab list)</source>
            <translation>kein Lab mit der ID „%1“ (siehe keyless lab list)</translation>
        </message>
        <message>
            <source>keyless lab check: --seed needs a non-negative whole number
</source>
            <translation>keyless lab check: --seed braucht eine nicht negative ganze Zahl
</translation>
        </message>
        <message>
            <source>keyless lab check: %1
</source>
            <translation>keyless lab check: %1
</translation>
        </message>
        <message>
            <source>%1 (seed %2)
</source>
            <translation>%1 (Startwert %2)
</translation>
        </message>
        <message>
            <source>PASS</source>
            <translation>BESTANDEN</translation>
        </message>
        <message>
            <source>FAIL</source>
            <translation>NICHT BESTANDEN</translation>
        </message>
        <message>
            <source>%1/%2 points</source>
            <translation>%1/%2 Punkte</translation>
        </message>
        <message>
            <source>completion %1, score %2/%3, %4 of %5 tasks passed
</source>
            <translation>Fortschritt %1, Punktzahl %2/%3, %4 von %5 Aufgaben bestanden
</translation>
        </message>
        <message>
            <source>list or check</source>
            <translation>list oder check</translation>
        </message>
        <message>
            <source>Extra folder of lab files (repeatable).</source>
            <translation>Zusätzlicher Ordner mit Lab-Dateien (mehrfach möglich).</translation>
        </message>
        <message>
            <source>Script to run instead of the lab's solution.</source>
            <translation>Skript, das statt der Lösung des Labs läuft.</translation>
        </message>
        <message>
            <source>Seed for names and ids (default: the lab's).</source>
            <translation>Startwert für Namen und IDs (Standard: der des Labs).</translation>
        </message>
        <message>
            <source>Print the result as JSON.</source>
            <translation>Das Ergebnis als JSON ausgeben.</translation>
        </message>
        <message>
            <source>Also print the console output of the script.</source>
            <translation>Auch die Konsolenausgabe des Skripts ausgeben.</translation>
        </message>
        <message>
            <source>Record the attempt in this progress database.</source>
            <translation>Den Versuch in dieser Fortschrittsdatenbank aufzeichnen.</translation>
        </message>
        <message>
            <source>keyless lab: %1
</source>
            <translation>keyless lab: %1
</translation>
        </message>
        <message>
            <source>usage: keyless progress export [--db PATH] [--format json|csv] [--output FILE]
       keyless progress reset [--db PATH] --yes
</source>
            <translation>Aufruf: keyless progress export [--db PFAD] [--format json|csv] [--output DATEI]
        keyless progress reset [--db PFAD] --yes
</translation>
        </message>
        <message>
            <source>keyless progress export: unknown format '%1' (use json or csv)
</source>
            <translation>keyless progress export: unbekanntes Format „%1“ (json oder csv verwenden)
</translation>
        </message>
        <message>
            <source>keyless progress export: there is no progress file at %1
</source>
            <translation>keyless progress export: unter %1 gibt es keine Fortschrittsdatei
</translation>
        </message>
        <message>
            <source>keyless progress export: %1
</source>
            <translation>keyless progress export: %1
</translation>
        </message>
        <message>
            <source>keyless progress export: cannot write %1: %2
</source>
            <translation>keyless progress export: %1 kann nicht geschrieben werden: %2
</translation>
        </message>
        <message>
            <source>keyless progress reset: this starts your progress from scratch; add --yes to confirm (the old file is moved aside, not deleted)
</source>
            <translation>keyless progress reset: damit beginnt dein Fortschritt von vorn; zum Bestätigen --yes angeben (die alte Datei wird beiseitegelegt, nicht gelöscht)
</translation>
        </message>
        <message>
            <source>keyless progress reset: %1
</source>
            <translation>keyless progress reset: %1
</translation>
        </message>
        <message>
            <source>moved %1 to %2
</source>
            <translation>%1 nach %2 verschoben
</translation>
        </message>
        <message>
            <source>Progress database file.</source>
            <translation>Datei der Fortschrittsdatenbank.</translation>
        </message>
        <message>
            <source>Export format: json or csv.</source>
            <translation>Exportformat: json oder csv.</translation>
        </message>
        <message>
            <source>Write the export to this file.</source>
            <translation>Den Export in diese Datei schreiben.</translation>
        </message>
        <message>
            <source>Confirm the reset.</source>
            <translation>Das Zurücksetzen bestätigen.</translation>
        </message>
        <message>
            <source>keyless progress: %1
</source>
            <translation>keyless progress: %1
</translation>
        </message>
        <message>
            <source>keyless progress: unknown action '%1'
</source>
            <translation>keyless progress: unbekannte Aktion „%1“
</translation>
        </message>
        <message>
            <source>usage: keyless script [--lab LAB] [--seed N] [FILE|-]
Runs a console script (az, curl, exec, invoke, jq, …) in a fresh simulated sandbox, or in the initial world of LAB (a lab file or the id of a bundled lab). Without FILE, or with -, the script is read from standard input. The exit status is that of the last command (or of the failing one under set -e).
</source>
            <translation>Aufruf: keyless script [--lab LAB] [--seed N] [DATEI|-]
Führt ein Konsolenskript (az, curl, exec, invoke, jq, …) in einer frischen simulierten Umgebung aus oder in der Ausgangswelt von LAB (eine Lab-Datei oder die ID eines mitgelieferten Labs). Ohne DATEI oder mit - wird das Skript von der Standardeingabe gelesen. Der Exit-Status ist der des letzten Befehls (bzw. des fehlgeschlagenen unter set -e).
</translation>
        </message>
        <message>
            <source>Start from the initial world of this lab (file or id).</source>
            <translation>In der Ausgangswelt dieses Labs beginnen (Datei oder ID).</translation>
        </message>
        <message>
            <source>LAB</source>
            <translation>LAB</translation>
        </message>
        <message>
            <source>Seed of the simulated world (default: the lab's, or 0).</source>
            <translation>Startwert der simulierten Welt (Standard: der des Labs oder 0).</translation>
        </message>
        <message>
            <source>N</source>
            <translation>N</translation>
        </message>
        <message>
            <source>Show this help.</source>
            <translation>Diese Hilfe anzeigen.</translation>
        </message>
        <message>
            <source>Script file, or - for standard input.</source>
            <translation>Skriptdatei oder - für die Standardeingabe.</translation>
        </message>
        <message>
            <source>keyless lab check: one lab at a time, got %1: %2
</source>
            <translation>keyless lab check: immer nur ein Lab, angegeben wurden %1: %2
</translation>
        </message>
        <message>
            <source>keyless lab check: which lab? Give a lab file or id (see keyless lab list)
</source>
            <translation>keyless lab check: welches Lab? Geben Sie eine Lab-Datei oder -ID an (siehe keyless lab list)
</translation>
        </message>
        <message>
            <source>line %1 (exit %2): %3</source>
            <translation>Zeile %1 (Exit-Status %2): %3</translation>
        </message>
        <message>
            <source>exit %1: %2</source>
            <translation>Exit-Status %1: %2</translation>
        </message>
        <message>
            <source>solution script: exit status %1</source>
            <translation>Lösungsskript: Exit-Status %1</translation>
        </message>
        <message>
            <source>; first failing command at %1</source>
            <translation>; erster fehlgeschlagener Befehl in %1</translation>
        </message>
        <message>
            <source>keyless script: only one script file can be given</source>
            <translation>keyless script: es kann nur eine Skriptdatei angegeben werden</translation>
        </message>
        <message>
            <source>keyless script: --seed needs a non-negative integer, got '%1'</source>
            <translation>keyless script: --seed braucht eine nicht negative ganze Zahl, erhalten: „%1“</translation>
        </message>
        <message>
            <source>keyless script: no lab file or bundled lab named '%1' (bundled: %2)</source>
            <translation>keyless script: keine Lab-Datei und kein mitgeliefertes Lab namens „%1“ (mitgeliefert: %2)</translation>
        </message>
        <message>
            <source>keyless script: cannot read '%1': %2</source>
            <translation>keyless script: „%1“ kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>keyless lab check: %1: %2
</source>
            <translation>keyless lab check: %1: %2
</translation>
        </message>
        <message>
            <source>keyless lab check: %1 cannot be used: its setup failed
</source>
            <translation>keyless lab check: %1 kann nicht verwendet werden: die Einrichtung ist fehlgeschlagen
</translation>
        </message>
    </context>
    <context>
        <name>Keyless::Cli::ProgressCommand</name>
        <message numerus="yes">
            <source>exported %n record(s) to %1
</source>
            <translation>
                <numerusform>%n Eintrag nach %1 exportiert
</numerusform>
                <numerusform>%n Einträge nach %1 exportiert
</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Keyless::Lab</name>
        <message>
            <source>JSON syntax error: an object is not closed here (a comma between two fields, the quotes around a name or the closing } may be missing)</source>
            <translation>JSON-Syntaxfehler: ein Objekt ist hier nicht abgeschlossen (vielleicht fehlt ein Komma zwischen zwei Feldern, die Anführungszeichen um einen Namen oder die schließende })</translation>
        </message>
        <message>
            <source>JSON syntax error: a colon is missing after a field&apos;s name</source>
            <translation>JSON-Syntaxfehler: nach dem Namen eines Felds fehlt ein Doppelpunkt</translation>
        </message>
        <message>
            <source>JSON syntax error: an array is not closed here (a comma between two values or the closing ] may be missing)</source>
            <translation>JSON-Syntaxfehler: ein Array ist hier nicht abgeschlossen (vielleicht fehlt ein Komma zwischen zwei Werten oder die schließende ])</translation>
        </message>
        <message>
            <source>JSON syntax error: a comma is missing between two values</source>
            <translation>JSON-Syntaxfehler: zwischen zwei Werten fehlt ein Komma</translation>
        </message>
        <message>
            <source>JSON syntax error: this is not a JSON value (text needs double quotes; true, false and null are written in lower case)</source>
            <translation>JSON-Syntaxfehler: das ist kein JSON-Wert (Text steht in doppelten Anführungszeichen; true, false und null werden kleingeschrieben)</translation>
        </message>
        <message>
            <source>JSON syntax error: the file ends before its objects and arrays are closed</source>
            <translation>JSON-Syntaxfehler: die Datei endet, bevor ihre Objekte und Arrays geschlossen sind</translation>
        </message>
        <message>
            <source>JSON syntax error: a number is not written as JSON allows</source>
            <translation>JSON-Syntaxfehler: eine Zahl ist nicht so geschrieben, wie JSON es erlaubt</translation>
        </message>
        <message>
            <source>JSON syntax error: a backslash in a string starts no escape JSON knows (a backslash itself is written twice)</source>
            <translation>JSON-Syntaxfehler: ein Backslash in einer Zeichenkette beginnt keine Escape-Sequenz, die JSON kennt (ein Backslash selbst wird doppelt geschrieben)</translation>
        </message>
        <message>
            <source>JSON syntax error: the text is not valid UTF-8 (save the file as UTF-8)</source>
            <translation>JSON-Syntaxfehler: der Text ist kein gültiges UTF-8 (speichere die Datei als UTF-8)</translation>
        </message>
        <message>
            <source>JSON syntax error: a string is not closed with a double quote</source>
            <translation>JSON-Syntaxfehler: eine Zeichenkette wird nicht mit einem doppelten Anführungszeichen geschlossen</translation>
        </message>
        <message>
            <source>JSON syntax error: a value is missing after a comma (JSON allows no comma after the last one)</source>
            <translation>JSON-Syntaxfehler: nach einem Komma fehlt ein Wert (nach dem letzten Wert erlaubt JSON kein Komma)</translation>
        </message>
        <message>
            <source>JSON syntax error: objects and arrays are nested too deeply</source>
            <translation>JSON-Syntaxfehler: Objekte und Arrays sind zu tief verschachtelt</translation>
        </message>
        <message>
            <source>JSON syntax error: the document is too large</source>
            <translation>JSON-Syntaxfehler: das Dokument ist zu groß</translation>
        </message>
        <message>
            <source>JSON syntax error: there is more text after the end of the lab&apos;s object</source>
            <translation>JSON-Syntaxfehler: nach dem Ende des Lab-Objekts folgt noch Text</translation>
        </message>
        <message>
            <source>JSON syntax error: the file is not valid JSON</source>
            <translation>JSON-Syntaxfehler: die Datei ist kein gültiges JSON</translation>
        </message>
    </context>
    <context>
        <name>Keyless::Progress</name>
        <message>
            <source>%1 is a folder, not a progress file: give a file path, for example %2.</source>
            <translation>%1 ist ein Ordner, keine Fortschrittsdatei: Gib einen Dateipfad an, zum Beispiel %2.</translation>
        </message>
        <message>
            <source>The folder %1 does not exist and cannot be created.</source>
            <translation>Der Ordner %1 existiert nicht und kann nicht angelegt werden.</translation>
        </message>
        <message>
            <source>%1 is a file, not a folder: the progress file cannot be created under it.</source>
            <translation>%1 ist eine Datei, kein Ordner: die Fortschrittsdatei kann darunter nicht angelegt werden.</translation>
        </message>
        <message>
            <source>The folder %1 is read-only.</source>
            <translation>Der Ordner %1 ist schreibgeschützt.</translation>
        </message>
        <message>
            <source>The file %1 is read-only.</source>
            <translation>Die Datei %1 ist schreibgeschützt.</translation>
        </message>
    </context>
    <context>
        <name>Keyless::Progress::Database</name>
        <message>
            <source>it cannot be copied to be read</source>
            <translation>sie lässt sich nicht zum Lesen kopieren</translation>
        </message>
        <message>
            <source>%1 is not a Keyless progress file (it is not an SQLite database). It was left as it is.</source>
            <translation>%1 ist keine Keyless-Fortschrittsdatei (es ist keine SQLite-Datenbank). Sie wurde unverändert gelassen.</translation>
        </message>
        <message numerus="yes">
            <source>Your progress file was damaged. It was moved to %1 and a new one was started with the %n record(s) that could still be read from it.</source>
            <translation>
                <numerusform>Deine Fortschrittsdatei war beschädigt. Sie wurde nach %1 verschoben, und eine neue wurde mit dem %n Eintrag begonnen, der sich noch lesen ließ.</numerusform>
                <numerusform>Deine Fortschrittsdatei war beschädigt. Sie wurde nach %1 verschoben, und eine neue wurde mit den %n Einträgen begonnen, die sich noch lesen ließen.</numerusform>
            </translation>
        </message>
        <message>
            <source>The progress in it is shown, but what you do now is not kept.</source>
            <translation>Der Fortschritt darin wird angezeigt, aber was du jetzt tust, wird nicht behalten.</translation>
        </message>
        <message>
            <source>no result row</source>
            <translation>keine Ergebniszeile</translation>
        </message>
        <message>
            <source>WAL mode refused (got '%1')</source>
            <translation>WAL-Modus abgelehnt (erhalten: „%1“)</translation>
        </message>
        <message>
            <source>Progress is not being saved: %1</source>
            <translation>Der Fortschritt wird nicht gespeichert: %1</translation>
        </message>
        <message>
            <source>%1 cannot be opened: %2</source>
            <translation>%1 kann nicht geöffnet werden: %2</translation>
        </message>
        <message>
            <source>%1 is damaged or is not a Keyless progress file (SQLite: %2). It was left as it is.</source>
            <translation>%1 ist beschädigt oder keine Keyless-Fortschrittsdatei (SQLite: %2). Sie wurde unverändert gelassen.</translation>
        </message>
        <message numerus="yes">
            <source>%1, and %n more problem(s)</source>
            <translation>
                <numerusform>%1 und %n weiteres Problem</numerusform>
                <numerusform>%1 und %n weitere Probleme</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 is damaged and cannot be moved aside.</source>
            <translation>%1 ist beschädigt und kann nicht beiseitegelegt werden.</translation>
        </message>
        <message>
            <source>Your progress file was damaged. It was moved to %1 and a new one was started.</source>
            <translation>Deine Fortschrittsdatei war beschädigt. Sie wurde nach %1 verschoben, und eine neue wurde angelegt.</translation>
        </message>
        <message>
            <source>%1 cannot be read: %2</source>
            <translation>%1 kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>%1 was written by a newer version of Keyless (progress format %2; this version understands up to %3). It was left unchanged.</source>
            <translation>%1 wurde von einer neueren Keyless-Version geschrieben (Fortschrittsformat %2; diese Version versteht bis %3). Die Datei blieb unverändert.</translation>
        </message>
        <message>
            <source>%1 cannot be prepared: %2</source>
            <translation>%1 kann nicht vorbereitet werden: %2</translation>
        </message>
        <message>
            <source>the progress database is not open</source>
            <translation>die Fortschrittsdatenbank ist nicht geöffnet</translation>
        </message>
    </context>
    <context>
        <name>Keyless::Progress::ProgressStore</name>
        <message>
            <source>%1 was deleted or moved while Keyless had it open</source>
            <translation>%1 wurde gelöscht oder verschoben, während Keyless sie geöffnet hatte</translation>
        </message>
        <message>
            <source>%1 is not a Keyless progress file (it is not an SQLite database); nothing was moved.</source>
            <translation>%1 ist keine Keyless-Fortschrittsdatei (es ist keine SQLite-Datenbank); es wurde nichts verschoben.</translation>
        </message>
        <message>
            <source>%1 is open in Keyless (process %2). Close that window first; nothing was moved.</source>
            <translation>%1 ist in Keyless geöffnet (Prozess %2). Schließen Sie zuerst dieses Fenster; es wurde nichts verschoben.</translation>
        </message>
        <message>
            <source>There is no progress file at %1.</source>
            <translation>Unter %1 gibt es keine Fortschrittsdatei.</translation>
        </message>
        <message>
            <source>%1 cannot be moved to %2.</source>
            <translation>%1 kann nicht nach %2 verschoben werden.</translation>
        </message>
        <message>
            <source>A section read needs a lesson id and a section id.</source>
            <translation>Ein gelesener Abschnitt braucht eine Lektions-ID und eine Abschnitts-ID.</translation>
        </message>
        <message>
            <source>The section read was not saved</source>
            <translation>Der gelesene Abschnitt wurde nicht gespeichert</translation>
        </message>
        <message>
            <source>A question attempt needs a question id.</source>
            <translation>Ein Frageversuch braucht eine Fragen-ID.</translation>
        </message>
        <message>
            <source>The answer was not saved</source>
            <translation>Die Antwort wurde nicht gespeichert</translation>
        </message>
        <message>
            <source>A review card needs an id.</source>
            <translation>Eine Karteikarte braucht eine ID.</translation>
        </message>
        <message>
            <source>The review card was not saved</source>
            <translation>Die Karteikarte wurde nicht gespeichert</translation>
        </message>
        <message>
            <source>A review needs a card id.</source>
            <translation>Eine Wiederholung braucht eine Karten-ID.</translation>
        </message>
        <message>
            <source>The review was not saved</source>
            <translation>Die Wiederholung wurde nicht gespeichert</translation>
        </message>
        <message>
            <source>An empty command is not recorded.</source>
            <translation>Ein leerer Befehl wird nicht aufgezeichnet.</translation>
        </message>
        <message>
            <source>The command was not saved</source>
            <translation>Der Befehl wurde nicht gespeichert</translation>
        </message>
        <message>
            <source>A task result needs a task id.</source>
            <translation>Ein Aufgabenergebnis braucht eine Aufgaben-ID.</translation>
        </message>
        <message>
            <source>The task result was not saved</source>
            <translation>Das Aufgabenergebnis wurde nicht gespeichert</translation>
        </message>
        <message>
            <source>Completion must be between 0 and 100 percent.</source>
            <translation>Der Fortschritt muss zwischen 0 und 100 Prozent liegen.</translation>
        </message>
        <message>
            <source>The lab score was not saved</source>
            <translation>Die Lab-Punktzahl wurde nicht gespeichert</translation>
        </message>
        <message>
            <source>There is no lab attempt %1.</source>
            <translation>Es gibt keinen Lab-Versuch %1.</translation>
        </message>
        <message>
            <source>The lab result was not saved</source>
            <translation>Das Lab-Ergebnis wurde nicht gespeichert</translation>
        </message>
        <message>
            <source>A lab attempt needs a lab id.</source>
            <translation>Ein Lab-Versuch braucht eine Lab-ID.</translation>
        </message>
        <message>
            <source>The lab attempt was not saved</source>
            <translation>Der Lab-Versuch wurde nicht gespeichert</translation>
        </message>
        <message>
            <source>A setting needs a key.</source>
            <translation>Eine Einstellung braucht einen Schlüssel.</translation>
        </message>
        <message>
            <source>The setting was not saved</source>
            <translation>Die Einstellung wurde nicht gespeichert</translation>
        </message>
        <message>
            <source>%1 is not a progress file (it is a folder or a special file); nothing was moved.</source>
            <translation>%1 ist keine Fortschrittsdatei (sondern ein Ordner oder eine Spezialdatei); nichts wurde verschoben.</translation>
        </message>
    </context>
    <context>
        <name>Keyless::Ui::Labs</name>
        <message>
            <source>credential attempt</source>
            <translation>Anmeldeversuch</translation>
        </message>
        <message>
            <source>token request</source>
            <translation>Token-Anfrage</translation>
        </message>
        <message>
            <source>token issued</source>
            <translation>Token ausgestellt</translation>
        </message>
        <message>
            <source>cache hit</source>
            <translation>Cache-Treffer</translation>
        </message>
        <message>
            <source>resource request</source>
            <translation>Ressourcenanfrage</translation>
        </message>
        <message>
            <source>authorization decision</source>
            <translation>Autorisierungsentscheidung</translation>
        </message>
        <message>
            <source>response</source>
            <translation>Antwort</translation>
        </message>
        <message>
            <source>event</source>
            <translation>Ereignis</translation>
        </message>
        <message>
            <source>A claim the flow view has no explanation for.</source>
            <translation>Ein Claim, für den die Ablaufansicht keine Erklärung hat.</translation>
        </message>
        <message>
            <source>token rejected</source>
            <translation>Token abgelehnt</translation>
        </message>
        <message>
            <source>control plane</source>
            <translation>Steuerungsebene</translation>
        </message>
        <message>
            <source>setting resolved</source>
            <translation>Einstellung aufgelöst</translation>
        </message>
        <message>
            <source>note</source>
            <translation>Hinweis</translation>
        </message>
        <message>
            <source>IMDS identity endpoint (%1)</source>
            <translation>IMDS-Identitätsendpunkt (%1)</translation>
        </message>
        <message>
            <source>Identity endpoint</source>
            <translation>Identitätsendpunkt</translation>
        </message>
        <message>
            <source>IDENTITY_ENDPOINT of %1</source>
            <translation>IDENTITY_ENDPOINT von %1</translation>
        </message>
        <message>
            <source>Microsoft Entra ID</source>
            <translation>Microsoft Entra ID</translation>
        </message>
        <message>
            <source>Token issuer (login.microsoftonline.com)</source>
            <translation>Token-Aussteller (login.microsoftonline.com)</translation>
        </message>
        <message>
            <source>Azure Resource Manager</source>
            <translation>Azure Resource Manager</translation>
        </message>
        <message>
            <source>Your laptop</source>
            <translation>Dein Laptop</translation>
        </message>
        <message>
            <source>az login (developer credential)</source>
            <translation>az login (Entwickler-Anmeldung)</translation>
        </message>
        <message>
            <source>SDK credential</source>
            <translation>SDK-Anmeldeinformation</translation>
        </message>
        <message>
            <source>App Service / Function App</source>
            <translation>App Service / Funktions-App</translation>
        </message>
        <message>
            <source>Virtual machine</source>
            <translation>Virtueller Computer</translation>
        </message>
        <message>
            <source>Key Vault</source>
            <translation>Key Vault</translation>
        </message>
        <message>
            <source>Storage account</source>
            <translation>Speicherkonto</translation>
        </message>
        <message>
            <source>Azure Cosmos DB account</source>
            <translation>Azure Cosmos DB-Konto</translation>
        </message>
        <message>
            <source>(no response) %1</source>
            <translation>(keine Antwort) %1</translation>
        </message>
        <message>
            <source> (data action)</source>
            <translation> (Datenaktion)</translation>
        </message>
        <message>
            <source>Evaluated by %1. %2</source>
            <translation>Ausgewertet von %1. %2</translation>
        </message>
        <message>
            <source>%1 at %2</source>
            <translation>%1 auf %2</translation>
        </message>
        <message>
            <source> (through a group)</source>
            <translation> (über eine Gruppe)</translation>
        </message>
        <message>
            <source> — grants it</source>
            <translation> – gewährt es</translation>
        </message>
        <message>
            <source> — would grant it, still propagating</source>
            <translation> – würde es gewähren, wird noch verteilt</translation>
        </message>
        <message>
            <source>access token (JWT)</source>
            <translation>Zugriffstoken (JWT)</translation>
        </message>
        <message>
            <source>cached token</source>
            <translation>zwischengespeichertes Token</translation>
        </message>
        <message>
            <source>token check</source>
            <translation>Token-Prüfung</translation>
        </message>
        <message>
            <source>RBAC check</source>
            <translation>RBAC-Prüfung</translation>
        </message>
        <message>
            <source>key check</source>
            <translation>Schlüsselprüfung</translation>
        </message>
        <message>
            <source>access policy check</source>
            <translation>Zugriffsrichtlinien-Prüfung</translation>
        </message>
        <message>
            <source>User-assigned: %1</source>
            <translation>Benutzerseitig zugewiesen: %1</translation>
        </message>
        <message>
            <source>System-assigned identity</source>
            <translation>Systemseitig zugewiesene Identität</translation>
        </message>
        <message>
            <source>No usable identity</source>
            <translation>Keine verwendbare Identität</translation>
        </message>
        <message>
            <source>%1: unavailable</source>
            <translation>%1: nicht verfügbar</translation>
        </message>
    </context>
    <context>
        <name>Keyless::Ui::Labs::AddRoleAssignmentDialog</name>
        <message>
            <source>Add role assignment</source>
            <translation>Rollenzuweisung hinzufügen</translation>
        </message>
        <message>
            <source>&lt;b&gt;Role&lt;/b&gt; — what the member may do. Data roles (e.g. Storage Blob Data Reader) grant data actions; Owner, Contributor and Reader do not.</source>
            <translation>&lt;b&gt;Rolle&lt;/b&gt; – was das Mitglied tun darf. Datenrollen (z. B. Storage Blob Data Reader) gewähren Datenaktionen; Owner, Contributor und Reader nicht.</translation>
        </message>
        <message>
            <source>Search by role name</source>
            <translation>Nach Rollenname suchen</translation>
        </message>
        <message>
            <source>&lt;b&gt;Members&lt;/b&gt; — assign access to a managed identity.</source>
            <translation>&lt;b&gt;Mitglieder&lt;/b&gt; – Zugriff einer verwalteten Identität zuweisen.</translation>
        </message>
        <message>
            <source>Object (principal) ID: %1</source>
            <translation>Objekt-ID (Prinzipal): %1</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Zurück</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Weiter</translation>
        </message>
        <message>
            <source>Review + assign</source>
            <translation>Überprüfen + zuweisen</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Role:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Member:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Scope:&lt;/b&gt; %3&lt;/p&gt;&lt;p&gt;The portal runs:&lt;/p&gt;&lt;pre&gt;%4&lt;/pre&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Rolle:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Mitglied:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Bereich:&lt;/b&gt; %3&lt;/p&gt;&lt;p&gt;Das Portal führt aus:&lt;/p&gt;&lt;pre&gt;%4&lt;/pre&gt;</translation>
        </message>
    </context>
    <context>
        <name>Keyless::Ui::Labs::CanonicalFlows</name>
        <message>
            <source>VM → IMDS → Microsoft Entra ID → Storage</source>
            <translation>VM → IMDS → Microsoft Entra ID → Storage</translation>
        </message>
        <message>
            <source>Function App → identity endpoint → Microsoft Entra ID → Key Vault</source>
            <translation>Function App → Identitätsendpunkt → Microsoft Entra ID → Key Vault</translation>
        </message>
    </context>
    <context>
        <name>Keyless::Ui::Labs::ConsoleWidget</name>
        <message numerus="yes">
            <source>%n lines: Enter runs them all</source>
            <translation>
                <numerusform>%n Zeile: Enter führt sie aus</numerusform>
                <numerusform>%n Zeilen: Enter führt sie alle aus</numerusform>
            </translation>
        </message>
        <message>
            <source>This paste of %L1 characters does not fit the console&apos;s limit of %L2 characters; nothing was pasted. Paste it in smaller parts, or run it with `keyless script`.</source>
            <translation>Diese Einfügung mit %L1 Zeichen passt nicht in das Limit der Konsole von %L2 Zeichen; es wurde nichts eingefügt. Fügen Sie sie in kleineren Teilen ein oder führen Sie sie mit `keyless script` aus.</translation>
        </message>
        <message>
            <source>This input fills the console&apos;s limit of %L1 characters, so it may have been cut; nothing was run. Run it in smaller parts, or with `keyless script`.</source>
            <translation>Diese Eingabe erreicht die Grenze der Konsole von %L1 Zeichen und wurde daher vielleicht abgeschnitten; nichts wurde ausgeführt. Führe sie in kleineren Teilen aus oder mit `keyless script`.</translation>
        </message>
        <message>
            <source>Type a command, e.g. az functionapp identity show -g rg -n app (Tab completes)</source>
            <translation>Befehl eingeben, z. B. az functionapp identity show -g rg -n app (Tab ergänzt)</translation>
        </message>
        <message>
            <source>Copy output</source>
            <translation>Ausgabe kopieren</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Leeren</translation>
        </message>
        <message>
            <source>The console is not connected to a lab.</source>
            <translation>Die Konsole ist mit keinem Lab verbunden.</translation>
        </message>
        <message>
            <source># from the portal:</source>
            <translation># aus dem Portal:</translation>
        </message>
        <message>
            <source>(exit status %1)</source>
            <translation>(Exit-Status %1)</translation>
        </message>
        <message>
            <source>Console output</source>
            <translation>Konsolenausgabe</translation>
        </message>
        <message>
            <source>Command</source>
            <translation>Befehl</translation>
        </message>
    </context>
    <context>
        <name>Keyless::Ui::Labs::FlowEvent</name>
        <message>
            <source>Denied</source>
            <translation>Verweigert</translation>
        </message>
    </context>
    <context>
        <name>Keyless::Ui::Labs::FlowEventModel</name>
        <message>
            <source>%1 s</source>
            <translation>%1 s</translation>
        </message>
        <message>
            <source>%1 → %2</source>
            <translation>%1 → %2</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>fehlgeschlagen</translation>
        </message>
        <message>
            <source>allowed</source>
            <translation>erlaubt</translation>
        </message>
        <message>
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <source>From → to</source>
            <translation>Von → nach</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>Keyless::Ui::Labs::FlowInspector</name>
        <message>
            <source>HTTP</source>
            <translation>HTTP</translation>
        </message>
        <message>
            <source>Claim</source>
            <translation>Claim</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>Meaning</source>
            <translation>Bedeutung</translation>
        </message>
        <message>
            <source>Token</source>
            <translation>Token</translation>
        </message>
        <message>
            <source>Authorization</source>
            <translation>Autorisierung</translation>
        </message>
        <message>
            <source>Select an event to see its request, token and authorization decision.</source>
            <translation>Wähle ein Ereignis, um Anfrage, Token und Autorisierungsentscheidung zu sehen.</translation>
        </message>
        <message>
            <source>%1 → %2</source>
            <translation>%1 → %2</translation>
        </message>
        <message>
            <source>&lt;b&gt;Step %1 · %2&lt;/b&gt; — %3</source>
            <translation>&lt;b&gt;Schritt %1 · %2&lt;/b&gt; – %3</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>fehlgeschlagen</translation>
        </message>
        <message>
            <source>Request</source>
            <translation>Anfrage</translation>
        </message>
        <message>
            <source>Response</source>
            <translation>Antwort</translation>
        </message>
        <message>
            <source>This event carries no HTTP message.</source>
            <translation>Dieses Ereignis enthält keine HTTP-Nachricht.</translation>
        </message>
        <message>
            <source>Allowed</source>
            <translation>Erlaubt</translation>
        </message>
        <message>
            <source>Denied</source>
            <translation>Verweigert</translation>
        </message>
        <message>
            <source>Principal</source>
            <translation>Prinzipal</translation>
        </message>
        <message>
            <source>Action needed</source>
            <translation>Benötigte Aktion</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>Bereich</translation>
        </message>
        <message>
            <source>Assignments considered</source>
            <translation>Berücksichtigte Zuweisungen</translation>
        </message>
        <message>
            <source>None: no role assignment for this principal covers the scope.</source>
            <translation>Keine: Keine Rollenzuweisung dieses Prinzipals deckt den Bereich ab.</translation>
        </message>
        <message>
            <source>HTTP request and response</source>
            <translation>HTTP-Anfrage und -Antwort</translation>
        </message>
        <message>
            <source>Token claims</source>
            <translation>Claims des Tokens</translation>
        </message>
        <message>
            <source>Authorization decision</source>
            <translation>Autorisierungsentscheidung</translation>
        </message>
    </context>
    <context>
        <name>Keyless::Ui::Labs::FlowPage</name>
        <message>
            <source>Canonical run:</source>
            <translation>Musterablauf:</translation>
        </message>
        <message>
            <source>Virtual machine → IMDS → Entra ID → Storage</source>
            <translation>Virtueller Computer → IMDS → Entra ID → Storage</translation>
        </message>
        <message>
            <source>Function App → identity endpoint → Entra ID → Key Vault</source>
            <translation>Function App → Identitätsendpunkt → Entra ID → Key Vault</translation>
        </message>
    </context>
    <context>
        <name>Keyless::Ui::Labs::FlowTrace</name>
        <message>
            <source>Audience: the resource the token is for. The resource rejects a token whose audience is not its own.</source>
            <translation>Zielgruppe (Audience): die Ressource, für die das Token gilt. Die Ressource lehnt ein Token ab, dessen Zielgruppe nicht sie selbst ist.</translation>
        </message>
        <message>
            <source>Issuer: the Microsoft Entra tenant that issued and signed the token.</source>
            <translation>Aussteller: der Microsoft Entra-Mandant, der das Token ausgestellt und signiert hat.</translation>
        </message>
        <message>
            <source>Issued at (Unix seconds).</source>
            <translation>Ausgestellt am (Unix-Sekunden).</translation>
        </message>
        <message>
            <source>Not before: the token is not valid earlier.</source>
            <translation>Nicht vor: vorher ist das Token nicht gültig.</translation>
        </message>
        <message>
            <source>Expires: after this time the resource answers 401 and a new token is needed.</source>
            <translation>Läuft ab: danach antwortet die Ressource mit 401, und ein neues Token ist nötig.</translation>
        </message>
        <message>
            <source>Opaque internal claim; do not use it.</source>
            <translation>Undurchsichtiger interner Claim; nicht verwenden.</translation>
        </message>
        <message>
            <source>Client ID of the caller: the managed identity's client (app) ID.</source>
            <translation>Client-ID des Aufrufers: die Client-ID (App-ID) der verwalteten Identität.</translation>
        </message>
        <message>
            <source>Client ID of the caller (v2 tokens): the managed identity's client ID.</source>
            <translation>Client-ID des Aufrufers (v2-Token): die Client-ID der verwalteten Identität.</translation>
        </message>
        <message>
            <source>How the client authenticated: 0 public, 1 secret, 2 certificate (managed identities show 2).</source>
            <translation>Wie sich der Client authentifiziert hat: 0 öffentlich, 1 Geheimnis, 2 Zertifikat (verwaltete Identitäten zeigen 2).</translation>
        </message>
        <message>
            <source>How the client authenticated (v2 tokens): 0 public, 1 secret, 2 certificate.</source>
            <translation>Wie sich der Client authentifiziert hat (v2-Token): 0 öffentlich, 1 Geheimnis, 2 Zertifikat.</translation>
        </message>
        <message>
            <source>Identity provider; for a managed identity it equals the issuer.</source>
            <translation>Identitätsanbieter; bei einer verwalteten Identität gleich dem Aussteller.</translation>
        </message>
        <message>
            <source>Identity type: "app" for an app-only token such as a managed identity's, "user" for a signed-in user.</source>
            <translation>Identitätstyp: „app“ für ein reines App-Token wie das einer verwalteten Identität, „user“ für einen angemeldeten Benutzer.</translation>
        </message>
        <message>
            <source>Object ID of the service principal = the managed identity's principal ID. Role assignments are matched against it.</source>
            <translation>Objekt-ID des Dienstprinzipals = die Prinzipal-ID der verwalteten Identität. Rollenzuweisungen werden damit abgeglichen.</translation>
        </message>
        <message>
            <source>Subject; for an app-only token it equals the service principal's object ID.</source>
            <translation>Subjekt; bei einem reinen App-Token gleich der Objekt-ID des Dienstprinzipals.</translation>
        </message>
        <message>
            <source>Tenant ID of the directory that owns the identity.</source>
            <translation>Mandanten-ID des Verzeichnisses, dem die Identität gehört.</translation>
        </message>
        <message>
            <source>Unique token identifier.</source>
            <translation>Eindeutige Kennung des Tokens.</translation>
        </message>
        <message>
            <source>Token format version, 1.0 or 2.0.</source>
            <translation>Version des Tokenformats, 1.0 oder 2.0.</translation>
        </message>
        <message>
            <source>App roles granted to the identity on the target API.</source>
            <translation>App-Rollen, die der Identität für die Ziel-API gewährt wurden.</translation>
        </message>
        <message>
            <source>Groups the identity belongs to; cached with the token, so membership changes can take hours to apply.</source>
            <translation>Gruppen, zu denen die Identität gehört; sie werden mit dem Token zwischengespeichert, daher können Änderungen der Mitgliedschaft Stunden brauchen.</translation>
        </message>
        <message>
            <source>User principal name: present on user tokens, never on managed-identity tokens.</source>
            <translation>Benutzerprinzipalname: in Benutzertoken vorhanden, nie in Token verwalteter Identitäten.</translation>
        </message>
        <message>
            <source>Resource ID of the managed identity: the hosting resource for a system-assigned identity, the identity resource for a user-assigned one.</source>
            <translation>Ressourcen-ID der verwalteten Identität: bei einer systemseitig zugewiesenen die Hostressource, bei einer benutzerseitig zugewiesenen die Identitätsressource.</translation>
        </message>
        <message>
            <source>Resource ID of the compute resource that asked for the token (seen on some user-assigned identity tokens).</source>
            <translation>Ressourcen-ID der Compute-Ressource, die das Token angefordert hat (bei manchen Token benutzerseitig zugewiesener Identitäten).</translation>
        </message>
        <message>
            <source>Tenant creation time (Unix seconds), as usually interpreted.</source>
            <translation>Erstellungszeit des Mandanten (Unix-Sekunden), wie es üblicherweise gedeutet wird.</translation>
        </message>
    </context>
    <context>
        <name>Keyless::Ui::Labs::FlowView</name>
        <message>
            <source>Show only events of one kind</source>
            <translation>Nur Ereignisse einer Art zeigen</translation>
        </message>
        <message>
            <source>All outcomes</source>
            <translation>Alle Ergebnisse</translation>
        </message>
        <message>
            <source>Succeeded</source>
            <translation>Erfolgreich</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Fehlgeschlagen</translation>
        </message>
        <message>
            <source>Restart</source>
            <translation>Neu starten</translation>
        </message>
        <message>
            <source>Back to before the first event (Home)</source>
            <translation>Zurück vor das erste Ereignis (Pos1)</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Zurück</translation>
        </message>
        <message>
            <source>Previous event (Left)</source>
            <translation>Vorheriges Ereignis (Links)</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>Abspielen</translation>
        </message>
        <message>
            <source>Play or pause (Space)</source>
            <translation>Abspielen oder anhalten (Leertaste)</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Schritt</translation>
        </message>
        <message>
            <source>Next event (Right)</source>
            <translation>Nächstes Ereignis (Rechts)</translation>
        </message>
        <message>
            <source>Speed:</source>
            <translation>Tempo:</translation>
        </message>
        <message>
            <source>%1×</source>
            <translation>%1×</translation>
        </message>
        <message>
            <source>PNG…</source>
            <translation>PNG…</translation>
        </message>
        <message>
            <source>Export the diagram as a PNG image</source>
            <translation>Das Diagramm als PNG-Bild exportieren</translation>
        </message>
        <message>
            <source>SVG…</source>
            <translation>SVG…</translation>
        </message>
        <message>
            <source>Export the diagram as an SVG drawing (for slides)</source>
            <translation>Das Diagramm als SVG-Zeichnung exportieren (für Folien)</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>Alle Arten</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>No trace yet: run a workload.</source>
            <translation>Noch keine Aufzeichnung: führe eine Arbeitslast aus.</translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) — press Play or Right to start</source>
            <translation>
                <numerusform>%n Ereignis – zum Start Abspielen oder Rechts drücken</numerusform>
                <numerusform>%n Ereignisse – zum Start Abspielen oder Rechts drücken</numerusform>
            </translation>
        </message>
        <message>
            <source>Step %1 of %2</source>
            <translation>Schritt %1 von %2</translation>
        </message>
        <message>
            <source>Keyless authentication flow</source>
            <translation>Keyless-Authentifizierungsablauf</translation>
        </message>
        <message>
            <source>Exported from Keyless</source>
            <translation>Aus Keyless exportiert</translation>
        </message>
        <message>
            <source>SVG drawing (*.svg)</source>
            <translation>SVG-Zeichnung (*.svg)</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>PNG-Bild (*.png)</translation>
        </message>
        <message>
            <source>Export diagram as SVG</source>
            <translation>Diagramm als SVG exportieren</translation>
        </message>
        <message>
            <source>Export diagram as PNG</source>
            <translation>Diagramm als PNG exportieren</translation>
        </message>
        <message>
            <source>Events of the run</source>
            <translation>Ereignisse des Ablaufs</translation>
        </message>
        <message>
            <source>Authentication flow diagram</source>
            <translation>Diagramm des Authentifizierungsablaufs</translation>
        </message>
    </context>
    <context>
        <name>Keyless::Ui::Labs::LabBrowser</name>
        <message>
            <source>Not started</source>
            <translation>Nicht begonnen</translation>
        </message>
        <message>
            <source>From %1</source>
            <translation>Aus %1</translation>
        </message>
        <message>
            <source>%1 (AZ-204 %2)</source>
            <translation>%1 (AZ-204 %2)</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Labs&lt;/h2&gt;&lt;p&gt;Change the simulated cloud, run the app and watch what happens. Your work is saved as you go.&lt;/p&gt;</source>
            <translation>&lt;h2&gt;Labs&lt;/h2&gt;&lt;p&gt;Ändere die simulierte Cloud, starte die App und sieh zu, was passiert. Deine Arbeit wird laufend gespeichert.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Labs&lt;/h2&gt;&lt;p&gt;Change the simulated cloud, run the app and watch what happens. Your work is not saved in this session.&lt;/p&gt;</source>
            <translation>&lt;h2&gt;Labs&lt;/h2&gt;&lt;p&gt;Ändere die simulierte Cloud, starte die App und sieh zu, was passiert. Deine Arbeit wird in dieser Sitzung nicht gespeichert.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Some lab files could not be loaded:
%1</source>
            <translation>Einige Lab-Dateien konnten nicht geladen werden:
%1</translation>
        </message>
        <message>
            <source>Beginner</source>
            <translation>Einsteiger</translation>
        </message>
        <message>
            <source>Intermediate</source>
            <translation>Fortgeschritten</translation>
        </message>
        <message>
            <source>Advanced</source>
            <translation>Experte</translation>
        </message>
        <message numerus="yes">
            <source>%1 · %n min</source>
            <translation>
                <numerusform>%1 · %n Min.</numerusform>
                <numerusform>%1 · %n Min.</numerusform>
            </translation>
        </message>
        <message>
            <source>Skills: %1</source>
            <translation>Fähigkeiten: %1</translation>
        </message>
        <message>
            <source>%p% best</source>
            <translation>%p % bestes Ergebnis</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Fortsetzen</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Starten</translation>
        </message>
    </context>
    <context>
        <name>Keyless::Ui::Labs::LabWorkspace</name>
        <message>
            <source>All tasks pass: the lab is complete. Check my work shows the summary.</source>
            <translation>Alle Aufgaben sind erfüllt: Das Lab ist abgeschlossen. „Meine Arbeit prüfen“ zeigt die Zusammenfassung.</translation>
        </message>
        <message>
            <source>**Where it stands:** %1</source>
            <translation>**Stand:** %1</translation>
        </message>
        <message>
            <source>Show tasks and console</source>
            <translation>Aufgaben und Konsole zeigen</translation>
        </message>
        <message>
            <source>Enlarge the flow</source>
            <translation>Ablauf vergrößern</translation>
        </message>
        <message>
            <source>Show the story, the tasks and the console again</source>
            <translation>Szenario, Aufgaben und Konsole wieder zeigen</translation>
        </message>
        <message>
            <source>Give the flow the whole workspace, for the class or a long run</source>
            <translation>Dem Ablauf den ganzen Arbeitsbereich geben, für die Klasse oder einen langen Lauf</translation>
        </message>
        <message>
            <source>All tasks pass: the lab is complete, and saved. Check my work shows the summary.</source>
            <translation>Alle Aufgaben sind erfüllt: Das Lab ist abgeschlossen und gespeichert. „Meine Arbeit prüfen“ zeigt die Zusammenfassung.</translation>
        </message>
        <message>
            <source>Not done yet: %1</source>
            <translation>Noch offen: %1</translation>
        </message>
        <message>
            <source>Done: %1</source>
            <translation>Erledigt: %1</translation>
        </message>
        <message>
            <source>Reset lab</source>
            <translation>Lab zurücksetzen</translation>
        </message>
        <message>
            <source>← Labs</source>
            <translation>← Labs</translation>
        </message>
        <message>
            <source>▶ Run</source>
            <translation>▶ Ausführen</translation>
        </message>
        <message>
            <source>Invoke the app's code and play its trace in the flow view</source>
            <translation>Den Code der App aufrufen und seine Aufzeichnung in der Ablaufansicht abspielen</translation>
        </message>
        <message>
            <source>Check my work</source>
            <translation>Meine Arbeit prüfen</translation>
        </message>
        <message>
            <source>Fast-forward</source>
            <translation>Vorspulen</translation>
        </message>
        <message>
            <source>Advance simulated time (role propagation, cached tokens)</source>
            <translation>Simulierte Zeit vorstellen (Rollenverteilung, zwischengespeicherte Token)</translation>
        </message>
        <message>
            <source>1 minute</source>
            <translation>1 Minute</translation>
        </message>
        <message>
            <source>10 minutes</source>
            <translation>10 Minuten</translation>
        </message>
        <message>
            <source>1 hour</source>
            <translation>1 Stunde</translation>
        </message>
        <message>
            <source>24 hours</source>
            <translation>24 Stunden</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Zurücksetzen</translation>
        </message>
        <message>
            <source>%p% complete</source>
            <translation>%p % erledigt</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Aufgabe</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Punkte</translation>
        </message>
        <message>
            <source>Show a hint</source>
            <translation>Einen Hinweis zeigen</translation>
        </message>
        <message>
            <source>Portal</source>
            <translation>Portal</translation>
        </message>
        <message>
            <source>Flow</source>
            <translation>Ablauf</translation>
        </message>
        <message>
            <source>Back to the lab</source>
            <translation>Zurück zum Lab</translation>
        </message>
        <message>
            <source>Next lab</source>
            <translation>Nächstes Lab</translation>
        </message>
        <message>
            <source>All labs</source>
            <translation>Alle Labs</translation>
        </message>
        <message>
            <source>Open a lab first.</source>
            <translation>Öffne zuerst ein Lab.</translation>
        </message>
        <message numerus="yes">
            <source>Resumed your attempt: %n command(s) replayed.</source>
            <translation>
                <numerusform>Versuch fortgesetzt: %n Befehl wiederholt.</numerusform>
                <numerusform>Versuch fortgesetzt: %n Befehle wiederholt.</numerusform>
            </translation>
        </message>
        <message>
            <source>Run %1</source>
            <translation>%1 ausführen</translation>
        </message>
        <message>
            <source>Lab %1 — type commands here; portal actions show their az command here too.</source>
            <translation>Lab %1 – gib hier Befehle ein; auch Portalaktionen zeigen hier ihren az-Befehl.</translation>
        </message>
        <message>
            <source>Lab complete: %1 of %2 points</source>
            <translation>Lab abgeschlossen: %1 von %2 Punkten</translation>
        </message>
        <message>
            <source>What each task taught</source>
            <translation>Was jede Aufgabe gezeigt hat</translation>
        </message>
        <message>
            <source>%1 of %2 points</source>
            <translation>%1 von %2 Punkten</translation>
        </message>
        <message>
            <source>Next lab: %1</source>
            <translation>Nächstes Lab: %1</translation>
        </message>
        <message>
            <source>Reset the lab to its starting state? Your commands are discarded; hints you have seen stay counted.</source>
            <translation>Das Lab auf den Ausgangszustand zurücksetzen? Deine Befehle werden verworfen; gesehene Hinweise bleiben gezählt.</translation>
        </message>
        <message>
            <source>The lab was reset to its starting state.</source>
            <translation>Das Lab wurde auf den Ausgangszustand zurückgesetzt.</translation>
        </message>
        <message>
            <source>Show a hint (%1 of %2 used)</source>
            <translation>Einen Hinweis zeigen (%1 von %2 genutzt)</translation>
        </message>
        <message>
            <source>**Hint %1.** %2</source>
            <translation>**Hinweis %1.** %2</translation>
        </message>
        <message>
            <source>%1/%2</source>
            <translation>%1/%2</translation>
        </message>
        <message numerus="yes">
            <source>%n hint(s) used</source>
            <translation>
                <numerusform>%n Hinweis genutzt</numerusform>
                <numerusform>%n Hinweise genutzt</numerusform>
            </translation>
        </message>
        <message>
            <source>Lab story</source>
            <translation>Szenario des Labs</translation>
        </message>
        <message>
            <source>Tasks</source>
            <translation>Aufgaben</translation>
        </message>
    </context>
    <context>
        <name>Keyless::Ui::Labs::PortalView</name>
        <message>
            <source>&lt;b&gt;Not added:&lt;/b&gt; a setting&apos;s name can hold only letters, digits, periods (.) and underscores (_).</source>
            <translation>&lt;b&gt;Nicht hinzugefügt:&lt;/b&gt; Der Name einer Einstellung darf nur Buchstaben, Ziffern, Punkte (.) und Unterstriche (_) enthalten.</translation>
        </message>
        <message>
            <source>Key-based authentication is disabled, so Data Explorer uses your Microsoft Entra account, which needs a Cosmos DB data-plane role such as Cosmos DB Built-in Data Reader. Azure roles such as Owner do not count.</source>
            <translation>Die schlüsselbasierte Authentifizierung ist deaktiviert, daher verwendet der Daten-Explorer Ihr Microsoft-Entra-Konto, das eine Cosmos-DB-Datenebenenrolle wie Cosmos DB Built-in Data Reader braucht. Azure-Rollen wie Owner zählen nicht.</translation>
        </message>
        <message>
            <source>Your account can neither list the account keys nor read items with a Cosmos DB data-plane role.</source>
            <translation>Ihr Konto kann weder die Kontoschlüssel auflisten noch Elemente mit einer Cosmos-DB-Datenebenenrolle lesen.</translation>
        </message>
        <message>
            <source>Items not shown: you have no permission to read them.</source>
            <translation>Elemente nicht angezeigt: Sie dürfen sie nicht lesen.</translation>
        </message>
        <message>
            <source>Shared key access is off, so the portal signs in with your Microsoft Entra account, which needs a data role such as Storage Blob Data Reader. Owner and Contributor are not data roles.</source>
            <translation>Der Zugriff mit gemeinsam genutztem Schlüssel ist aus, daher meldet sich das Portal mit Ihrem Microsoft-Entra-Konto an, das eine Datenrolle wie Storage Blob Data Reader braucht. Owner und Contributor sind keine Datenrollen.</translation>
        </message>
        <message>
            <source>Your account can neither list the account keys nor read blobs with a data role such as Storage Blob Data Reader.</source>
            <translation>Ihr Konto kann weder die Kontoschlüssel auflisten noch Blobs mit einer Datenrolle wie Storage Blob Data Reader lesen.</translation>
        </message>
        <message>
            <source>Blobs not shown: you have no permission to list them.</source>
            <translation>Blobs nicht angezeigt: Sie dürfen sie nicht auflisten.</translation>
        </message>
        <message>
            <source>This vault uses access policies: listing secrets needs a policy for your account that allows List.</source>
            <translation>Dieser Tresor verwendet Zugriffsrichtlinien: Zum Auflisten der Geheimnisse braucht Ihr Konto eine Richtlinie, die List erlaubt.</translation>
        </message>
        <message>
            <source>Listing secrets needs a Key Vault data role for your account, such as Key Vault Secrets User or Key Vault Reader. Owner and Contributor manage the vault, not its contents.</source>
            <translation>Zum Auflisten der Geheimnisse braucht Ihr Konto eine Key-Vault-Datenrolle, etwa Key Vault Secrets User oder Key Vault Reader. Owner und Contributor verwalten den Tresor, nicht seinen Inhalt.</translation>
        </message>
        <message>
            <source>You are unauthorized to view these contents.</source>
            <translation>Sie sind nicht berechtigt, diese Inhalte anzuzeigen.</translation>
        </message>
        <message>
            <source>%1 (system-assigned)</source>
            <translation>%1 (systemseitig zugewiesen)</translation>
        </message>
        <message>
            <source>%1 (user-assigned)</source>
            <translation>%1 (benutzerseitig zugewiesen)</translation>
        </message>
        <message numerus="yes">
            <source>System-assigned identity and %n user-assigned identity(s)</source>
            <translation>
                <numerusform>Systemseitig zugewiesene Identität und %n benutzerseitig zugewiesene Identität</numerusform>
                <numerusform>Systemseitig zugewiesene Identität und %n benutzerseitig zugewiesene Identitäten</numerusform>
            </translation>
        </message>
        <message>
            <source>System-assigned identity</source>
            <translation>Systemseitig zugewiesene Identität</translation>
        </message>
        <message numerus="yes">
            <source>%n user-assigned identity(s)</source>
            <translation>
                <numerusform>%n benutzerseitig zugewiesene Identität</numerusform>
                <numerusform>%n benutzerseitig zugewiesene Identitäten</numerusform>
            </translation>
        </message>
        <message>
            <source>None (no managed identity)</source>
            <translation>Keine (keine verwaltete Identität)</translation>
        </message>
        <message>
            <source>Identity not found (%1)</source>
            <translation>Identität nicht gefunden (%1)</translation>
        </message>
        <message>
            <source>Function App</source>
            <translation>Funktions-App</translation>
        </message>
        <message>
            <source>App Service</source>
            <translation>App Service</translation>
        </message>
        <message>
            <source>Virtual machine</source>
            <translation>Virtueller Computer</translation>
        </message>
        <message>
            <source>Key vault</source>
            <translation>Key Vault</translation>
        </message>
        <message>
            <source>Storage account</source>
            <translation>Speicherkonto</translation>
        </message>
        <message>
            <source>Azure Cosmos DB account</source>
            <translation>Azure Cosmos DB-Konto</translation>
        </message>
        <message>
            <source>Managed Identity</source>
            <translation>Verwaltete Identität</translation>
        </message>
        <message>
            <source>Resource</source>
            <translation>Ressource</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Resource group</source>
            <translation>Ressourcengruppe</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Übersicht</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Standort</translation>
        </message>
        <message>
            <source>Resource ID</source>
            <translation>Ressourcen-ID</translation>
        </message>
        <message>
            <source>Endpoint</source>
            <translation>Endpunkt</translation>
        </message>
        <message>
            <source>Identity</source>
            <translation>Identität</translation>
        </message>
        <message>
            <source>Client ID</source>
            <translation>Client-ID</translation>
        </message>
        <message>
            <source>Object (principal) ID</source>
            <translation>Objekt-ID (Prinzipal)</translation>
        </message>
        <message>
            <source>Object (principal) ID: %1</source>
            <translation>Objekt-ID (Prinzipal): %1</translation>
        </message>
        <message>
            <source>No system-assigned identity: the app has no principal of its own.</source>
            <translation>Keine systemseitig zugewiesene Identität: Die App hat keinen eigenen Prinzipal.</translation>
        </message>
        <message>
            <source>Access control (IAM)</source>
            <translation>Zugriffssteuerung (IAM)</translation>
        </message>
        <message>
            <source>This resource</source>
            <translation>Diese Ressource</translation>
        </message>
        <message>
            <source>Inherited</source>
            <translation>Geerbt</translation>
        </message>
        <message>
            <source>Child resource</source>
            <translation>Untergeordnete Ressource</translation>
        </message>
        <message>
            <source> (propagating)</source>
            <translation> (wird verteilt)</translation>
        </message>
        <message>
            <source>Configuration</source>
            <translation>Konfiguration</translation>
        </message>
        <message>
            <source>Secrets</source>
            <translation>Geheimnisse</translation>
        </message>
        <message>
            <source>Enabled</source>
            <translation>Aktiviert</translation>
        </message>
        <message>
            <source>Disabled</source>
            <translation>Deaktiviert</translation>
        </message>
        <message>
            <source>Access policy: %1</source>
            <translation>Zugriffsrichtlinie: %1</translation>
        </message>
        <message>
            <source>Containers</source>
            <translation>Container</translation>
        </message>
        <message numerus="yes">
            <source>%n blob(s)</source>
            <translation>
                <numerusform>%n Blob</numerusform>
                <numerusform>%n Blobs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n byte(s)</source>
            <translation>
                <numerusform>%n Byte</numerusform>
                <numerusform>%n Bytes</numerusform>
            </translation>
        </message>
        <message>
            <source>Data Explorer</source>
            <translation>Daten-Explorer</translation>
        </message>
        <message>
            <source>Account (/)</source>
            <translation>Konto (/)</translation>
        </message>
        <message>
            <source>database</source>
            <translation>Datenbank</translation>
        </message>
        <message>
            <source>Database %1</source>
            <translation>Datenbank %1</translation>
        </message>
        <message>
            <source>container (%1)</source>
            <translation>Container (%1)</translation>
        </message>
        <message>
            <source>Container %1/%2</source>
            <translation>Container %1/%2</translation>
        </message>
        <message>
            <source>&lt;b&gt;System assigned&lt;/b&gt; — tied to this resource: created with it, deleted with it, one per resource.</source>
            <translation>&lt;b&gt;Systemseitig zugewiesen&lt;/b&gt; – an diese Ressource gebunden: mit ihr erstellt, mit ihr gelöscht, eine pro Ressource.</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Status:</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Aus</translation>
        </message>
        <message>
            <source>On</source>
            <translation>Ein</translation>
        </message>
        <message>
            <source>System-assigned identity: Off</source>
            <translation>Systemseitig zugewiesene Identität: Aus</translation>
        </message>
        <message>
            <source>System-assigned identity: On</source>
            <translation>Systemseitig zugewiesene Identität: Ein</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <source>&lt;b&gt;User assigned&lt;/b&gt; — identities that live on their own and can be shared.</source>
            <translation>&lt;b&gt;Benutzerseitig zugewiesen&lt;/b&gt; – eigenständige Identitäten, die geteilt werden können.</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Hinzufügen</translation>
        </message>
        <message>
            <source>Add role assignment</source>
            <translation>Rollenzuweisung hinzufügen</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Mitglied</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Wo</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>Bereich</translation>
        </message>
        <message>
            <source>&lt;b&gt;Application settings&lt;/b&gt; — environment variables of the app. A key or a connection string here is a secret to get rid of.</source>
            <translation>&lt;b&gt;Anwendungseinstellungen&lt;/b&gt; – Umgebungsvariablen der App. Ein Schlüssel oder eine Verbindungszeichenfolge hier ist ein Geheimnis, das weg muss.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>Add / update</source>
            <translation>Hinzufügen / ändern</translation>
        </message>
        <message>
            <source>Delete selected</source>
            <translation>Auswahl löschen</translation>
        </message>
        <message>
            <source>Permission model:</source>
            <translation>Berechtigungsmodell:</translation>
        </message>
        <message>
            <source>Azure role-based access control (recommended)</source>
            <translation>Rollenbasierte Azure-Zugriffssteuerung (empfohlen)</translation>
        </message>
        <message>
            <source>Vault access policy</source>
            <translation>Tresorzugriffsrichtlinie</translation>
        </message>
        <message>
            <source>Status / permissions</source>
            <translation>Status / Berechtigungen</translation>
        </message>
        <message>
            <source>Versions</source>
            <translation>Versionen</translation>
        </message>
        <message>
            <source>Allow storage account key access</source>
            <translation>Zugriff per Speicherkontoschlüssel erlauben</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Größe</translation>
        </message>
        <message>
            <source>Disable key-based (local) authentication</source>
            <translation>Schlüsselbasierte (lokale) Authentifizierung deaktivieren</translation>
        </message>
        <message>
            <source>Content</source>
            <translation>Inhalt</translation>
        </message>
        <message>
            <source>&lt;b&gt;Data-plane role assignment&lt;/b&gt; — Cosmos DB has its own RBAC, separate from Access control (IAM).</source>
            <translation>&lt;b&gt;Rollenzuweisung der Datenebene&lt;/b&gt; – Cosmos DB hat ein eigenes RBAC, getrennt von der Zugriffssteuerung (IAM).</translation>
        </message>
        <message>
            <source>Cosmos DB Built-in Data Reader</source>
            <translation>Cosmos DB Built-in Data Reader</translation>
        </message>
        <message>
            <source>Cosmos DB Built-in Data Contributor</source>
            <translation>Cosmos DB Built-in Data Contributor</translation>
        </message>
        <message>
            <source>Assign data role</source>
            <translation>Datenrolle zuweisen</translation>
        </message>
        <message>
            <source>Resources</source>
            <translation>Ressourcen</translation>
        </message>
    </context>
    <context>
        <name>Keyless::Ui::Labs::SimNarration</name>
        <message>
            <source>role definition %1 does not exist</source>
            <translation>Rollendefinition %1 existiert nicht</translation>
        </message>
        <message>
            <source>%1 grants no data actions</source>
            <translation>%1 gewährt keine Datenaktionen</translation>
        </message>
        <message>
            <source>%1 does not include %2</source>
            <translation>%1 enthält %2 nicht</translation>
        </message>
        <message>
            <source>%1 would allow it but is still propagating (in effect at %2)</source>
            <translation>%1 würde es erlauben, wird aber noch verteilt (wirksam ab %2)</translation>
        </message>
        <message>
            <source>%1 at %2 allows %3</source>
            <translation>%1 auf %2 erlaubt %3</translation>
        </message>
        <message>
            <source>allowed: %1</source>
            <translation>zugelassen: %1</translation>
        </message>
        <message>
            <source>allowed: %1 (through a group)</source>
            <translation>zugelassen: %1 (über eine Gruppe)</translation>
        </message>
        <message>
            <source>denied: no role assignment for this principal at this scope or above; needed data action %1 on %2</source>
            <translation>verweigert: keine Rollenzuweisung für diesen Prinzipal in diesem oder einem übergeordneten Bereich; benötigt wird die Datenaktion %1 auf %2</translation>
        </message>
        <message>
            <source>denied: no role assignment for this principal at this scope or above; needed action %1 on %2</source>
            <translation>verweigert: keine Rollenzuweisung für diesen Prinzipal in diesem oder einem übergeordneten Bereich; benötigt wird die Aktion %1 auf %2</translation>
        </message>
        <message>
            <source>denied: %1; needed data action %2 on %3</source>
            <translation>verweigert: %1; benötigt wird die Datenaktion %2 auf %3</translation>
        </message>
        <message>
            <source>denied: %1; needed action %2 on %3</source>
            <translation>verweigert: %1; benötigt wird die Aktion %2 auf %3</translation>
        </message>
        <message>
            <source>%1 at %2: %3</source>
            <extracomment>One assignment in a denial: role, short scope, reason.</extracomment>
            <translation>%1 auf %2: %3</translation>
        </message>
        <message>
            <source>%1 (the vault uses Azure RBAC: its access policies are ignored)</source>
            <translation>%1 (der Tresor verwendet Azure RBAC: seine Zugriffsrichtlinien werden ignoriert)</translation>
        </message>
        <message>
            <source>the policy allows secrets %1</source>
            <translation>die Richtlinie erlaubt secrets %1</translation>
        </message>
        <message>
            <source>the policy does not include secrets %1</source>
            <translation>die Richtlinie enthält secrets %1 nicht</translation>
        </message>
        <message>
            <source>allowed: an access policy grants secrets %1</source>
            <translation>zugelassen: eine Zugriffsrichtlinie gewährt secrets %1</translation>
        </message>
        <message>
            <source>denied: no access policy for this principal; needed secrets %1 (the vault uses access policies: Azure RBAC data roles are ignored)</source>
            <translation>verweigert: keine Zugriffsrichtlinie für diesen Prinzipal; benötigt wird secrets %1 (der Tresor verwendet Zugriffsrichtlinien: Azure RBAC-Datenrollen werden ignoriert)</translation>
        </message>
        <message>
            <source>denied: the access policy does not include secrets %1</source>
            <translation>verweigert: die Zugriffsrichtlinie enthält secrets %1 nicht</translation>
        </message>
        <message>
            <source>No bearer token: the normal first step of the SDK challenge protocol (it then fetches a token).</source>
            <translation>Kein Bearer-Token: der übliche erste Schritt des Challenge-Protokolls des SDK (danach holt es ein Token).</translation>
        </message>
        <message>
            <source>Key Vault accepts only tokens issued for https://vault.azure.net.</source>
            <translation>Key Vault akzeptiert nur Token, die für https://vault.azure.net ausgestellt wurden.</translation>
        </message>
        <message>
            <source>The token comes from another tenant than the vault's.</source>
            <translation>Das Token stammt aus einem anderen Mandanten als der Tresor.</translation>
        </message>
        <message>
            <source>The token expired at %1.</source>
            <translation>Das Token ist am %1 abgelaufen.</translation>
        </message>
        <message>
            <source>Secret list (ids and attributes, never values).</source>
            <translation>Liste der Geheimnisse (IDs und Attribute, nie Werte).</translation>
        </message>
        <message>
            <source>Secret value returned.</source>
            <translation>Wert des Geheimnisses zurückgegeben.</translation>
        </message>
        <message>
            <source>New secret version stored.</source>
            <translation>Neue Version des Geheimnisses gespeichert.</translation>
        </message>
        <message>
            <source>Secret deleted (soft delete).</source>
            <translation>Geheimnis gelöscht (vorläufiges Löschen).</translation>
        </message>
        <message>
            <source>Storage accepts "Authorization: Bearer &lt;token&gt;" (with x-ms-version 2017-11-09 or later) or "SharedKey &lt;account&gt;:&lt;signature&gt;"; this header is neither.</source>
            <translation>Storage akzeptiert "Authorization: Bearer &lt;token&gt;" (mit x-ms-version 2017-11-09 oder neuer) oder "SharedKey &lt;account&gt;:&lt;signature&gt;"; dieser Header ist keins von beiden.</translation>
        </message>
        <message>
            <source>allowed: Shared Key (account key) authorizes everything; RBAC is not consulted</source>
            <translation>zugelassen: Shared Key (Kontoschlüssel) autorisiert alles; RBAC wird nicht befragt</translation>
        </message>
        <message>
            <source>No x-ms-version header: Storage reads the request as an old service version, which has no OAuth. Send x-ms-version: 2017-11-09 or later (the SDKs and az do).</source>
            <translation>Kein x-ms-version-Header: Storage liest die Anfrage als alte Dienstversion, die kein OAuth kennt. Senden Sie x-ms-version: 2017-11-09 oder neuer (die SDKs und az tun das).</translation>
        </message>
        <message>
            <source>x-ms-version %1 predates OAuth support in Storage (2017-11-09).</source>
            <translation>x-ms-version %1 ist älter als die OAuth-Unterstützung in Storage (2017-11-09).</translation>
        </message>
        <message>
            <source>the bearer token is not a well-formed JWT (header.payload.signature, each base64url): was it cut short or quoted?</source>
            <translation>das Bearer-Token ist kein wohlgeformtes JWT (header.payload.signature, jeweils base64url): wurde es abgeschnitten oder in Anführungszeichen gesetzt?</translation>
        </message>
        <message>
            <source>Container list.</source>
            <translation>Liste der Container.</translation>
        </message>
        <message>
            <source>Container created.</source>
            <translation>Container erstellt.</translation>
        </message>
        <message>
            <source>Blob list.</source>
            <translation>Liste der Blobs.</translation>
        </message>
        <message>
            <source>Blob uploaded.</source>
            <translation>Blob hochgeladen.</translation>
        </message>
        <message>
            <source>Blob deleted.</source>
            <translation>Blob gelöscht.</translation>
        </message>
        <message>
            <source>Blob content returned.</source>
            <translation>Inhalt des Blobs zurückgegeben.</translation>
        </message>
        <message>
            <source>%1 is scoped to %2, not %3</source>
            <translation>%1 gilt für den Bereich %2, nicht %3</translation>
        </message>
        <message>
            <source>%1 is still propagating (in effect at %2)</source>
            <translation>%1 wird noch verteilt (wirksam ab %2)</translation>
        </message>
        <message>
            <source>denied: no Cosmos DB data-plane (SQL) role assignment for this principal. Azure RBAC roles such as Contributor or DocumentDB Account Contributor do not count; needed %1 on %2</source>
            <translation>verweigert: keine Rollenzuweisung der Cosmos DB-Datenebene (SQL) für diesen Prinzipal. Azure RBAC-Rollen wie Contributor oder DocumentDB Account Contributor zählen nicht; benötigt wird %1 auf %2</translation>
        </message>
        <message>
            <source>denied: %1; needed %2 on %3</source>
            <translation>verweigert: %1; benötigt wird %2 auf %3</translation>
        </message>
        <message>
            <source>%1 Cosmos DB expects Authorization: type=aad&amp;ver=1.0&amp;sig=&lt;token&gt; (or type=master&amp;ver=1.0&amp;sig=&lt;signature&gt;), URL-encoded; not "Bearer &lt;token&gt;".</source>
            <extracomment>%1 is Cosmos DB&apos;s own error message (it stays English).</extracomment>
            <translation>%1 Cosmos DB erwartet Authorization: type=aad&amp;ver=1.0&amp;sig=&lt;token&gt; (oder type=master&amp;ver=1.0&amp;sig=&lt;signature&gt;), URL-codiert; nicht "Bearer &lt;token&gt;".</translation>
        </message>
        <message>
            <source>allowed: the account key authorizes data and management operations; RBAC is not consulted</source>
            <translation>zugelassen: der Kontoschlüssel autorisiert Daten- und Verwaltungsvorgänge; RBAC wird nicht befragt</translation>
        </message>
        <message>
            <source>denied: creating/deleting databases and containers is a management operation; Entra tokens on the data plane cannot do it (use ARM or the account key)</source>
            <translation>verweigert: Datenbanken und Container anzulegen oder zu löschen ist ein Verwaltungsvorgang; Entra-Token auf der Datenebene können das nicht (ARM oder den Kontoschlüssel verwenden)</translation>
        </message>
        <message>
            <source>Database created with the account key.</source>
            <translation>Datenbank mit dem Kontoschlüssel erstellt.</translation>
        </message>
        <message>
            <source>Container created with the account key.</source>
            <translation>Container mit dem Kontoschlüssel erstellt.</translation>
        </message>
        <message>
            <source>Database deleted.</source>
            <translation>Datenbank gelöscht.</translation>
        </message>
        <message>
            <source>Container deleted.</source>
            <translation>Container gelöscht.</translation>
        </message>
        <message>
            <source>Account metadata (every SDK reads it first).</source>
            <translation>Kontometadaten (jedes SDK liest sie zuerst).</translation>
        </message>
        <message>
            <source>Database list.</source>
            <translation>Liste der Datenbanken.</translation>
        </message>
        <message>
            <source>Database metadata.</source>
            <translation>Metadaten der Datenbank.</translation>
        </message>
        <message>
            <source>Container metadata.</source>
            <translation>Metadaten des Containers.</translation>
        </message>
        <message>
            <source>Query results.</source>
            <translation>Abfrageergebnisse.</translation>
        </message>
        <message>
            <source>Document list (ReadFeed).</source>
            <translation>Liste der Dokumente (ReadFeed).</translation>
        </message>
        <message>
            <source>Item replaced (upsert).</source>
            <translation>Element ersetzt (Upsert).</translation>
        </message>
        <message>
            <source>Item created.</source>
            <translation>Element erstellt.</translation>
        </message>
        <message>
            <source>Item read.</source>
            <translation>Element gelesen.</translation>
        </message>
        <message>
            <source>Item replaced.</source>
            <translation>Element ersetzt.</translation>
        </message>
        <message>
            <source>Item deleted.</source>
            <translation>Element gelöscht.</translation>
        </message>
        <message>
            <source>ARM accepts only management audiences.</source>
            <translation>ARM akzeptiert nur Verwaltungszielgruppen (Audiences).</translation>
        </message>
        <message>
            <source>The token has expired.</source>
            <translation>Das Token ist abgelaufen.</translation>
        </message>
        <message>
            <source>ARM answered.</source>
            <translation>ARM hat geantwortet.</translation>
        </message>
        <message>
            <source>token request for %1</source>
            <translation>Token-Anfrage für %1</translation>
        </message>
        <message>
            <source>Only the identity endpoints are simulated.</source>
            <translation>Nur die Identitätsendpunkte werden simuliert.</translation>
        </message>
        <message>
            <source>IMDS only supports GET.</source>
            <translation>IMDS unterstützt nur GET.</translation>
        </message>
        <message>
            <source>More than %1 managed-identity requests in one second from this VM: IMDS throttles. Retry with exponential back-off.</source>
            <translation>Mehr als %1 Anfragen für verwaltete Identitäten in einer Sekunde von dieser VM: IMDS drosselt. Wiederholen Sie mit exponentiellem Backoff.</translation>
        </message>
        <message>
            <source>IMDS requires the header 'Metadata: true' (SSRF protection; documented code bad_request_102).</source>
            <translation>IMDS verlangt den Header 'Metadata: true' (SSRF-Schutz; dokumentierter Code bad_request_102).</translation>
        </message>
        <message>
            <source>IMDS needs a supported api-version (2018-02-01 or later).</source>
            <translation>IMDS braucht eine unterstützte api-version (2018-02-01 oder neuer).</translation>
        </message>
        <message>
            <source>Tenant of the VM's identity.</source>
            <translation>Mandant der Identität der VM.</translation>
        </message>
        <message>
            <source>Unknown IMDS path.</source>
            <translation>Unbekannter IMDS-Pfad.</translation>
        </message>
        <message>
            <source>IMDS rejects duplicate query parameters.</source>
            <translation>IMDS lehnt doppelte Abfrageparameter ab.</translation>
        </message>
        <message>
            <source>The token request must name the resource (audience).</source>
            <translation>Die Token-Anfrage muss die Ressource (Zielgruppe) nennen.</translation>
        </message>
        <message>
            <source>client_id, object_id and msi_res_id are mutually exclusive.</source>
            <translation>client_id, object_id und msi_res_id schließen einander aus.</translation>
        </message>
        <message>
            <source>No identity selector: the system-assigned identity is the default.</source>
            <translation>Keine Identitätsauswahl: Standard ist die systemseitig zugewiesene Identität.</translation>
        </message>
        <message>
            <source>No identity selector and no system-assigned identity: the single user-assigned identity is used.</source>
            <translation>Keine Identitätsauswahl und keine systemseitig zugewiesene Identität: Die einzige benutzerseitig zugewiesene Identität wird verwendet.</translation>
        </message>
        <message>
            <source>No system-assigned identity and several user-assigned ones: the request must say which (client_id, object_id or msi_res_id).</source>
            <translation>Keine systemseitig zugewiesene Identität und mehrere benutzerseitig zugewiesene: Die Anfrage muss angeben, welche (client_id, object_id oder msi_res_id).</translation>
        </message>
        <message>
            <source>Selected by %1.</source>
            <extracomment>%1 is the selector as sent, e.g. client_id=…</extracomment>
            <translation>Ausgewählt über %1.</translation>
        </message>
        <message>
            <source>This VM has no managed identity.</source>
            <translation>Diese VM hat keine verwaltete Identität.</translation>
        </message>
        <message>
            <source>The requested identity is not assigned to this VM.</source>
            <translation>Die angeforderte Identität ist dieser VM nicht zugewiesen.</translation>
        </message>
        <message>
            <source>Entra has no resource principal with that name: check the resource / scope.</source>
            <translation>Entra hat keinen Ressourcenprinzipal mit diesem Namen: Prüfen Sie die Ressource bzw. den Bereich (Scope).</translation>
        </message>
        <message>
            <source>Send the value of IDENTITY_HEADER as the X-IDENTITY-HEADER header (SSRF protection).</source>
            <translation>Senden Sie den Wert von IDENTITY_HEADER als Header X-IDENTITY-HEADER (SSRF-Schutz).</translation>
        </message>
        <message>
            <source>The App Service identity endpoint protocol is api-version 2019-08-01.</source>
            <translation>Das Protokoll des App Service-Identitätsendpunkts ist api-version 2019-08-01.</translation>
        </message>
        <message>
            <source>Name the resource (audience) to get a token for.</source>
            <translation>Nennen Sie die Ressource (Zielgruppe), für die ein Token gebraucht wird.</translation>
        </message>
        <message>
            <source>The identity selectors are mutually exclusive.</source>
            <translation>Die Identitätsauswahlparameter schließen einander aus.</translation>
        </message>
        <message>
            <source>No identity selector: the system-assigned identity.</source>
            <translation>Keine Identitätsauswahl: die systemseitig zugewiesene Identität.</translation>
        </message>
        <message>
            <source>Selected by the identity parameter.</source>
            <translation>Ausgewählt über den Identitätsparameter.</translation>
        </message>
        <message>
            <source>No selector was given, so the endpoint looked for the system-assigned identity, and this app has none (a lone user-assigned identity is not picked automatically).</source>
            <translation>Es wurde keine Identität ausgewählt, also hat der Endpunkt die systemseitig zugewiesene Identität gesucht, und diese App hat keine (eine einzelne benutzerseitig zugewiesene Identität wird nicht automatisch genommen).</translation>
        </message>
        <message>
            <source>The requested identity is not assigned to this app.</source>
            <translation>Die angeforderte Identität ist dieser App nicht zugewiesen.</translation>
        </message>
        <message>
            <source>Entra has no resource principal with that name.</source>
            <translation>Entra hat keinen Ressourcenprinzipal mit diesem Namen.</translation>
        </message>
        <message>
            <source>The managed identity endpoint keeps tokens per identity and resource until they expire: this token carries the groups and roles it was issued with.</source>
            <translation>Der Endpunkt für verwaltete Identitäten speichert Token pro Identität und Ressource zwischen, bis sie ablaufen: Dieses Token trägt die Gruppen und Rollen, mit denen es ausgestellt wurde.</translation>
        </message>
        <message>
            <source>New token for %1 (oid %2), valid until %3.</source>
            <extracomment>%1 identity name, %2 object id, %3 expiry time</extracomment>
            <translation>Neues Token für %1 (oid %2), gültig bis %3.</translation>
        </message>
        <message>
            <source>The platform read the secret with the app's identity (%1).</source>
            <extracomment>%1 SystemAssigned or the user-assigned identity&apos;s resource id</extracomment>
            <translation>Die Plattform hat das Geheimnis mit der Identität der App gelesen (%1).</translation>
        </message>
        <message>
            <source>Not resolved (%1): %2 The app sees the literal reference text.</source>
            <extracomment>%1 the reference status (MSINotEnabled …), %2 why</extracomment>
            <translation>Nicht aufgelöst (%1): %2 Die App sieht den Verweistext wörtlich.</translation>
        </message>
        <message>
            <source>The value is not a valid @Microsoft.KeyVault(...) reference.</source>
            <translation>Der Wert ist kein gültiger @Microsoft.KeyVault(...)-Verweis.</translation>
        </message>
        <message>
            <source>The app has no system-assigned identity to resolve the reference with.</source>
            <translation>Die App hat keine systemseitig zugewiesene Identität, mit der der Verweis aufgelöst werden könnte.</translation>
        </message>
        <message>
            <source>keyVaultReferenceIdentity names an identity that is not attached to the app.</source>
            <translation>keyVaultReferenceIdentity nennt eine Identität, die der App nicht zugeordnet ist.</translation>
        </message>
        <message>
            <source>No key vault named '%1'.</source>
            <translation>Kein Key Vault namens '%1'.</translation>
        </message>
        <message>
            <source>No secret named '%1' in %2.</source>
            <translation>Kein Geheimnis namens '%1' in %2.</translation>
        </message>
        <message>
            <source>Secret '%1' has no version '%2'.</source>
            <translation>Das Geheimnis '%1' hat keine Version '%2'.</translation>
        </message>
        <message>
            <source>Connection timed out: 169.254.169.254 (IMDS) is only reachable from inside an Azure VM.</source>
            <translation>Zeitüberschreitung der Verbindung: 169.254.169.254 (IMDS) ist nur aus einer Azure-VM heraus erreichbar.</translation>
        </message>
        <message>
            <source>Connection refused: nothing listens on %1 here.</source>
            <translation>Verbindung abgelehnt: Hier lauscht nichts auf %1.</translation>
        </message>
        <message>
            <source>token for %1 from the App Service endpoint</source>
            <translation>Token für %1 vom App Service-Endpunkt</translation>
        </message>
        <message>
            <source>token for %1 from the IMDS endpoint</source>
            <translation>Token für %1 vom IMDS-Endpunkt</translation>
        </message>
        <message>
            <source>token for %1 from az login (%2)</source>
            <extracomment>%2 the signed-in user</extracomment>
            <translation>Token für %1 aus az login (%2)</translation>
        </message>
        <message>
            <source>not a token credential</source>
            <translation>keine Token-Anmeldeinformation</translation>
        </message>
        <message>
            <source>Entra issued a user token for %1</source>
            <translation>Entra hat ein Benutzertoken für %1 ausgestellt</translation>
        </message>
        <message>
            <source>%1: token acquired</source>
            <extracomment>%1 a credential (ManagedIdentityCredential …)</extracomment>
            <translation>%1: Token erhalten</translation>
        </message>
        <message>
            <source>%1: requests a token</source>
            <extracomment>%1 a credential (ManagedIdentityCredential …); the token request follows in the next steps</extracomment>
            <translation>%1: fordert ein Token an</translation>
        </message>
        <message>
            <source>%1: failed</source>
            <extracomment>%1 a credential (ManagedIdentityCredential …)</extracomment>
            <translation>%1: fehlgeschlagen</translation>
        </message>
        <message>
            <source>%1: trying</source>
            <extracomment>%1 a credential (ManagedIdentityCredential …)</extracomment>
            <translation>%1: wird versucht</translation>
        </message>
        <message>
            <source>%1: unavailable</source>
            <extracomment>%1 a credential (EnvironmentCredential …)</extracomment>
            <translation>%1: nicht verfügbar</translation>
        </message>
        <message>
            <source>step: %1</source>
            <extracomment>%1 the step&apos;s label from the workload</extracomment>
            <translation>Schritt: %1</translation>
        </message>
        <message>
            <source>Key Vault reference %1</source>
            <extracomment>%1 the app setting&apos;s name</extracomment>
            <translation>Key Vault-Verweis %1</translation>
        </message>
        <message>
            <source>IMDS rejects requests that carry an X-Forwarded-For header: they look forwarded by a proxy, not sent from inside the VM (SSRF protection).</source>
            <translation>IMDS weist Anfragen mit einem X-Forwarded-For-Header ab: Sie sehen aus, als hätte ein Proxy sie weitergeleitet, statt dass sie aus der VM selbst kommen (SSRF-Schutz).</translation>
        </message>
        <message>
            <source>api-version 2017-09-01 wants the value of MSI_SECRET as the secret header.</source>
            <translation>api-version 2017-09-01 erwartet den Wert von MSI_SECRET im Header secret.</translation>
        </message>
    </context>
    <context>
        <name>Keyless::Ui::MainWindow</name>
        <message>
            <source>Keyless can no longer use its progress file: %1. What you do from now on may not be saved: check the disk and the file, then restart Keyless.</source>
            <translation>Keyless kann seine Fortschrittsdatei nicht mehr verwenden: %1. Was Sie ab jetzt tun, wird möglicherweise nicht gespeichert: Prüfen Sie den Datenträger und die Datei und starten Sie Keyless neu.</translation>
        </message>
        <message>
            <source>Progress is saved in %1</source>
            <translation>Fortschritt wird gespeichert in %1</translation>
        </message>
        <message>
            <source>Lessons</source>
            <translation>Lektionen</translation>
        </message>
        <message>
            <source>Flow</source>
            <translation>Ablauf</translation>
        </message>
        <message>
            <source>Labs</source>
            <translation>Labs</translation>
        </message>
        <message>
            <source>Practice</source>
            <translation>Üben</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Fortschritt</translation>
        </message>
        <message>
            <source>Keyless</source>
            <translation>Keyless</translation>
        </message>
        <message>
            <source>Navigation</source>
            <translation>Navigation</translation>
        </message>
        <message>
            <source>%1 (Ctrl+%2)</source>
            <translation>%1 (Strg+%2)</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>&amp;Farbschema</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Gehe zu</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Einstellungen…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;Presenter mode</source>
            <translation>&amp;Präsentationsmodus</translation>
        </message>
        <message>
            <source>Presenter mode: full screen and large type for a projector (F11)</source>
            <translation>Präsentationsmodus: Vollbild und große Schrift für den Beamer (F11)</translation>
        </message>
        <message>
            <source>Zoom &amp;in</source>
            <translation>Ver&amp;größern</translation>
        </message>
        <message>
            <source>Larger text (Ctrl+=)</source>
            <translation>Größere Schrift (Strg+=)</translation>
        </message>
        <message>
            <source>Zoom &amp;out</source>
            <translation>Ver&amp;kleinern</translation>
        </message>
        <message>
            <source>Smaller text (Ctrl+-)</source>
            <translation>Kleinere Schrift (Strg+-)</translation>
        </message>
        <message>
            <source>&amp;Actual size</source>
            <translation>&amp;Originalgröße</translation>
        </message>
        <message>
            <source>Follow the &amp;system</source>
            <translation>Wie das &amp;System</translation>
        </message>
        <message>
            <source>&amp;Light</source>
            <translation>&amp;Hell</translation>
        </message>
        <message>
            <source>&amp;Dark</source>
            <translation>&amp;Dunkel</translation>
        </message>
        <message>
            <source>&amp;Welcome</source>
            <translation>&amp;Willkommen</translation>
        </message>
        <message>
            <source>&amp;About Keyless</source>
            <translation>&amp;Über Keyless</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>Über &amp;Qt</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Hauptwerkzeugleiste</translation>
        </message>
        <message>
            <source>Your progress cannot be saved in this session: %1</source>
            <translation>Dein Fortschritt kann in dieser Sitzung nicht gespeichert werden: %1</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Warnung</translation>
        </message>
        <message>
            <source>Notice</source>
            <translation>Hinweis</translation>
        </message>
        <message>
            <source>Progress is not saved</source>
            <translation>Fortschritt wird nicht gespeichert</translation>
        </message>
        <message>
            <source>About Keyless</source>
            <translation>Über Keyless</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Keyless %1&lt;/h3&gt;&lt;p&gt;A study and lab simulator for Azure managed identities: lessons, an animated authentication flow and hands-on labs against a simulated Microsoft Entra ID, entirely offline.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Keyless %1&lt;/h3&gt;&lt;p&gt;Ein Lern- und Laborsimulator für verwaltete Identitäten in Azure: Lektionen, ein animierter Authentifizierungsablauf und praktische Labs gegen ein simuliertes Microsoft Entra ID, vollständig offline.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder neuer.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>Keyless::Ui::SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Sprache:</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>Systemsprache</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>The whole interface switches language at once. So do the simulator's explanations in the flow (messages from the Azure SDK and the services stay as they are). Lessons, questions and the labs are written in English for now.</source>
            <translation>Die ganze Oberfläche wechselt die Sprache sofort. Das gilt auch für die Erklärungen des Simulators im Ablauf (Meldungen des Azure SDK und der Dienste bleiben, wie sie sind). Lektionen, Fragen und die Labs gibt es vorerst nur auf Englisch.</translation>
        </message>
        <message>
            <source>&amp;Theme:</source>
            <translation>&amp;Farbschema:</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Wie das System</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Hell</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Dunkel</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Farbschema</translation>
        </message>
        <message>
            <source>&amp;Presenter type size:</source>
            <translation>Schriftgröße im &amp;Präsentationsmodus:</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>Presenter type size</source>
            <translation>Schriftgröße im Präsentationsmodus</translation>
        </message>
        <message>
            <source>Start in presenter &amp;mode</source>
            <translation>Im Präsentations&amp;modus starten</translation>
        </message>
        <message>
            <source>&amp;Animation speed:</source>
            <translation>&amp;Animationstempo:</translation>
        </message>
        <message>
            <source>Slow</source>
            <translation>Langsam</translation>
        </message>
        <message>
            <source>Normal</source>
            <translation>Normal</translation>
        </message>
        <message>
            <source>Fast</source>
            <translation>Schnell</translation>
        </message>
        <message>
            <source>Very fast</source>
            <translation>Sehr schnell</translation>
        </message>
        <message>
            <source>Animation speed</source>
            <translation>Animationstempo</translation>
        </message>
        <message>
            <source>&amp;Reduce motion (show the end state of animations at once)</source>
            <translation>Bewegung &amp;reduzieren (Endzustand von Animationen sofort zeigen)</translation>
        </message>
        <message>
            <source>Progress &amp;database:</source>
            <translation>Fortschritts&amp;datenbank:</translation>
        </message>
        <message>
            <source>(in memory — progress is not saved)</source>
            <translation>(im Arbeitsspeicher – der Fortschritt wird nicht gespeichert)</translation>
        </message>
        <message>
            <source>Progress database location</source>
            <translation>Speicherort der Fortschrittsdatenbank</translation>
        </message>
        <message>
            <source>Open &amp;folder</source>
            <translation>&amp;Ordner öffnen</translation>
        </message>
        <message>
            <source>Open the folder of the progress database</source>
            <translation>Den Ordner der Fortschrittsdatenbank öffnen</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
    </context>
    <context>
        <name>Keyless::Ui::Study::LessonsPage</name>
        <message>
            <source>✓ read</source>
            <translation>✓ gelesen</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>%1 percent read</source>
            <translation>%1 Prozent gelesen</translation>
        </message>
        <message>
            <source>✓</source>
            <translation>✓</translation>
        </message>
        <message>
            <source>Read ✓</source>
            <translation>Gelesen ✓</translation>
        </message>
        <message>
            <source>&amp;Mark as read</source>
            <translation>Als gelesen ma&amp;rkieren</translation>
        </message>
        <message>
            <source>Search all lessons (Ctrl+K)</source>
            <translation>Alle Lektionen durchsuchen (Strg+K)</translation>
        </message>
        <message>
            <source>Search lessons</source>
            <translation>Lektionen durchsuchen</translation>
        </message>
        <message>
            <source>Lesson</source>
            <translation>Lektion</translation>
        </message>
        <message>
            <source>Read</source>
            <translation>Gelesen</translation>
        </message>
        <message>
            <source>Table of contents</source>
            <translation>Inhaltsverzeichnis</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>Suchergebnisse</translation>
        </message>
        <message>
            <source>Lesson text</source>
            <translation>Lektionstext</translation>
        </message>
        <message>
            <source>← &amp;Previous</source>
            <translation>← &amp;Zurück</translation>
        </message>
        <message>
            <source>Previous lesson (Alt+Left)</source>
            <translation>Vorherige Lektion (Alt+Links)</translation>
        </message>
        <message>
            <source>&amp;Next →</source>
            <translation>&amp;Weiter →</translation>
        </message>
        <message>
            <source>Next lesson (Alt+Right)</source>
            <translation>Nächste Lektion (Alt+Rechts)</translation>
        </message>
        <message>
            <source>Hide model an&amp;swers</source>
            <translation>&amp;Musterantworten ausblenden</translation>
        </message>
        <message>
            <source>&amp;Show model answers</source>
            <translation>&amp;Musterantworten zeigen</translation>
        </message>
        <message>
            <source>Show or hide the model answers of the reflection questions</source>
            <translation>Die Musterantworten der Reflexionsfragen zeigen oder ausblenden</translation>
        </message>
        <message>
            <source>Mark this lesson as read</source>
            <translation>Diese Lektion als gelesen markieren</translation>
        </message>
        <message>
            <source>No lessons</source>
            <translation>Keine Lektionen</translation>
        </message>
        <message>
            <source>No lesson could be loaded.</source>
            <translation>Es konnte keine Lektion geladen werden.</translation>
        </message>
        <message numerus="yes">
            <source>Lesson %1 of %2 · about %n minute(s)</source>
            <translation>
                <numerusform>Lektion %1 von %2 · etwa %n Minute</numerusform>
                <numerusform>Lektion %1 von %2 · etwa %n Minuten</numerusform>
            </translation>
        </message>
        <message>
            <source>Reflection</source>
            <translation>Zum Nachdenken</translation>
        </message>
        <message>
            <source>Question %1:</source>
            <translation>Frage %1:</translation>
        </message>
        <message>
            <source>Model answer:</source>
            <translation>Musterantwort:</translation>
        </message>
        <message>
            <source>Show model answer</source>
            <translation>Musterantwort zeigen</translation>
        </message>
        <message>
            <source>Exam tip</source>
            <translation>Prüfungstipp</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Gespeichert.</translation>
        </message>
        <message>
            <source>Could not save: %1</source>
            <translation>Konnte nicht speichern: %1</translation>
        </message>
        <message>
            <source>Nothing found for “%1”.</source>
            <translation>Nichts gefunden für „%1“.</translation>
        </message>
    </context>
    <context>
        <name>Keyless::Ui::Study::PracticePage</name>
        <message>
            <source>&amp;Questions</source>
            <translation>&amp;Fragen</translation>
        </message>
        <message>
            <source>&amp;Review cards</source>
            <translation>&amp;Karteikarten</translation>
        </message>
        <message>
            <source>Practice</source>
            <translation>Üben</translation>
        </message>
    </context>
    <context>
        <name>Keyless::Ui::Study::ProgressPage</name>
        <message>
            <source>%1 · no answers</source>
            <translation>%1 · keine Antworten</translation>
        </message>
        <message>
            <source>Your progress</source>
            <translation>Dein Fortschritt</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Exportieren…</translation>
        </message>
        <message>
            <source>Save every recorded attempt and result as JSON or CSV</source>
            <translation>Alle aufgezeichneten Versuche und Ergebnisse als JSON oder CSV speichern</translation>
        </message>
        <message>
            <source>Practice accuracy per exam objective</source>
            <translation>Trefferquote pro Prüfungsziel</translation>
        </message>
        <message>
            <source>Readiness per objective</source>
            <translation>Prüfungsreife pro Ziel</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>Antworten</translation>
        </message>
        <message>
            <source>Correct</source>
            <translation>Richtig</translation>
        </message>
        <message>
            <source>Readiness</source>
            <translation>Prüfungsreife</translation>
        </message>
        <message>
            <source>Lessons read</source>
            <translation>Gelesene Lektionen</translation>
        </message>
        <message>
            <source>Labs</source>
            <translation>Labs</translation>
        </message>
        <message>
            <source>Lab</source>
            <translation>Lab</translation>
        </message>
        <message>
            <source>Attempts</source>
            <translation>Versuche</translation>
        </message>
        <message>
            <source>Best completion</source>
            <translation>Bester Fortschritt</translation>
        </message>
        <message>
            <source>Lab completion</source>
            <translation>Fortschritt in den Labs</translation>
        </message>
        <message>
            <source>Activity in the last 30 days</source>
            <translation>Aktivität in den letzten 30 Tagen</translation>
        </message>
        <message>
            <source>Chart: practice accuracy per exam objective</source>
            <translation>Diagramm: Trefferquote pro Prüfungsziel</translation>
        </message>
        <message>
            <source>Chart: lessons read</source>
            <translation>Diagramm: gelesene Lektionen</translation>
        </message>
        <message>
            <source>Chart: activity in the last 30 days</source>
            <translation>Diagramm: Aktivität in den letzten 30 Tagen</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %2 lessons read · %n practice answer(s)</source>
            <translation>
                <numerusform>%1 von %2 Lektionen gelesen · %n Übungsantwort</numerusform>
                <numerusform>%1 von %2 Lektionen gelesen · %n Übungsantworten</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 % correct</source>
            <translation>%1 % richtig</translation>
        </message>
        <message numerus="yes">
            <source>%n review card(s) due today</source>
            <translation>
                <numerusform>%n Karteikarte heute fällig</numerusform>
                <numerusform>%n Karteikarten heute fällig</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not read all figures: %1</source>
            <translation>Nicht alle Zahlen konnten gelesen werden: %1</translation>
        </message>
        <message>
            <source>Correct answers (%)</source>
            <translation>Richtige Antworten (%)</translation>
        </message>
        <message>
            <source>% correct</source>
            <translation>% richtig</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>No answers yet</source>
            <translation>Noch keine Antworten</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>Noch nicht</translation>
        </message>
        <message>
            <source>Getting there</source>
            <translation>Auf gutem Weg</translation>
        </message>
        <message>
            <source>✓ Ready</source>
            <translation>✓ Bereit</translation>
        </message>
        <message numerus="yes">
            <source>At least %1 % correct with 80 % confidence, from %n answer(s).</source>
            <translation>
                <numerusform>Mit 80 % Sicherheit mindestens %1 % richtig, aus %n Antwort.</numerusform>
                <numerusform>Mit 80 % Sicherheit mindestens %1 % richtig, aus %n Antworten.</numerusform>
            </translation>
        </message>
        <message>
            <source>Sections read (%)</source>
            <translation>Gelesene Abschnitte (%)</translation>
        </message>
        <message>
            <source>✓ 100 %</source>
            <translation>✓ 100 %</translation>
        </message>
        <message>
            <source>not started</source>
            <translation>nicht begonnen</translation>
        </message>
        <message>
            <source>Sections read</source>
            <translation>Gelesene Abschnitte</translation>
        </message>
        <message>
            <source>Questions answered</source>
            <translation>Beantwortete Fragen</translation>
        </message>
        <message>
            <source>Cards reviewed</source>
            <translation>Wiederholte Karten</translation>
        </message>
        <message>
            <source>Lab commands</source>
            <translation>Lab-Befehle</translation>
        </message>
        <message>
            <source>No progress store is open.</source>
            <translation>Es ist kein Fortschrittsspeicher geöffnet.</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n record(s) to %1.</source>
            <translation>
                <numerusform>%n Eintrag nach %1 exportiert.</numerusform>
                <numerusform>%n Einträge nach %1 exportiert.</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not export to %1: %2</source>
            <translation>Export nach %1 nicht möglich: %2</translation>
        </message>
        <message>
            <source>Export progress</source>
            <translation>Fortschritt exportieren</translation>
        </message>
        <message>
            <source>JSON (*.json)</source>
            <translation>JSON (*.json)</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>No data yet</source>
            <translation>Noch keine Daten</translation>
        </message>
        <message>
            <source>Answer practice questions to see your accuracy per objective here.</source>
            <translation>Beantworte Übungsfragen, um hier deine Trefferquote pro Lernziel zu sehen.</translation>
        </message>
        <message>
            <source>Mark a lesson as read to see it here.</source>
            <translation>Markiere eine Lektion als gelesen, um sie hier zu sehen.</translation>
        </message>
        <message>
            <source>Read, practise, review or work on a lab: each day&apos;s activity shows up here.</source>
            <translation>Lies, übe, wiederhole oder arbeite an einem Lab: Die Aktivität jedes Tages erscheint hier.</translation>
        </message>
        <message>
            <source>% of sections read</source>
            <translation>% der Abschnitte gelesen</translation>
        </message>
        <message>
            <source>%1
Lab id: %2</source>
            <translation>%1
Lab-ID: %2</translation>
        </message>
    </context>
    <context>
        <name>Keyless::Ui::Study::QuizWidget</name>
        <message>
            <source>Finish</source>
            <translation>Beenden</translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) not answered yet. They count as wrong. Finish the exam now?</source>
            <translation>
                <numerusform>%n Frage ist noch nicht beantwortet. Sie zählt als falsch. Die Prüfung jetzt beenden?</numerusform>
                <numerusform>%n Fragen sind noch nicht beantwortet. Sie zählen als falsch. Die Prüfung jetzt beenden?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) not answered yet. Finish now?</source>
            <translation>
                <numerusform>%n Frage ist noch nicht beantwortet. Jetzt beenden?</numerusform>
                <numerusform>%n Fragen sind noch nicht beantwortet. Jetzt beenden?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) not answered: they count as wrong, as on the real exam.</source>
            <translation>
                <numerusform>%n Frage nicht beantwortet: Sie zählt als falsch, wie in der echten Prüfung.</numerusform>
                <numerusform>%n Fragen nicht beantwortet: Sie zählen als falsch, wie in der echten Prüfung.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) not answered: they are not counted.</source>
            <translation>
                <numerusform>%n Frage nicht beantwortet: Sie wird nicht gezählt.</numerusform>
                <numerusform>%n Fragen nicht beantwortet: Sie werden nicht gezählt.</numerusform>
            </translation>
        </message>
        <message>
            <source>Time is up.</source>
            <translation>Die Zeit ist abgelaufen.</translation>
        </message>
        <message>
            <source>You stopped before answering a question.</source>
            <translation>Du hast aufgehört, bevor du eine Frage beantwortet hast.</translation>
        </message>
        <message>
            <source>Not answered</source>
            <translation>Nicht beantwortet</translation>
        </message>
        <message>
            <source>Practice questions</source>
            <translation>Übungsfragen</translation>
        </message>
        <message>
            <source>Q&amp;uestions:</source>
            <translation>F&amp;ragen:</translation>
        </message>
        <message>
            <source>All questions</source>
            <translation>Alle Fragen</translation>
        </message>
        <message>
            <source>By exam objective</source>
            <translation>Nach Prüfungsziel</translation>
        </message>
        <message>
            <source>By lesson</source>
            <translation>Nach Lektion</translation>
        </message>
        <message>
            <source>Weakest first</source>
            <translation>Schwächste zuerst</translation>
        </message>
        <message>
            <source>Which questions</source>
            <translation>Welche Fragen</translation>
        </message>
        <message>
            <source>Objective or lesson</source>
            <translation>Ziel oder Lektion</translation>
        </message>
        <message>
            <source>&amp;Number of questions:</source>
            <translation>A&amp;nzahl der Fragen:</translation>
        </message>
        <message>
            <source>Number of questions</source>
            <translation>Anzahl der Fragen</translation>
        </message>
        <message>
            <source>&amp;Time limit:</source>
            <translation>&amp;Zeitlimit:</translation>
        </message>
        <message>
            <source> min</source>
            <translation> Min.</translation>
        </message>
        <message>
            <source>Exam time limit in minutes</source>
            <translation>Zeitlimit der Prüfung in Minuten</translation>
        </message>
        <message>
            <source>&amp;Start</source>
            <translation>&amp;Starten</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>Nach &amp;oben</translation>
        </message>
        <message>
            <source>Move the selected step up (Alt+Up)</source>
            <translation>Den gewählten Schritt nach oben schieben (Alt+Oben)</translation>
        </message>
        <message>
            <source>Move &amp;down</source>
            <translation>Nach &amp;unten</translation>
        </message>
        <message>
            <source>Move the selected step down (Alt+Down)</source>
            <translation>Den gewählten Schritt nach unten schieben (Alt+Unten)</translation>
        </message>
        <message>
            <source>Steps to put in order</source>
            <translation>Schritte zum Ordnen</translation>
        </message>
        <message>
            <source>Explanation</source>
            <translation>Erklärung</translation>
        </message>
        <message>
            <source>&amp;Check answer</source>
            <translation>Antwort &amp;prüfen</translation>
        </message>
        <message>
            <source>F&amp;inish</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;Practise the wrong ones again</source>
            <translation>Die falschen &amp;noch einmal üben</translation>
        </message>
        <message>
            <source>New &amp;session</source>
            <translation>Neue &amp;Runde</translation>
        </message>
        <message>
            <source>Review of wrong answers</source>
            <translation>Durchsicht der falschen Antworten</translation>
        </message>
        <message>
            <source>Question %1 of %2</source>
            <translation>Frage %1 von %2</translation>
        </message>
        <message numerus="yes">
            <source>%n question(s) available.</source>
            <translation>
                <numerusform>%n Frage verfügbar.</numerusform>
                <numerusform>%n Fragen verfügbar.</numerusform>
            </translation>
        </message>
        <message>
            <source>Time left: %1:%2</source>
            <translation>Restzeit: %1:%2</translation>
        </message>
        <message>
            <source>Put the steps in order: select a step and move it (drag, or Alt+Up / Alt+Down).</source>
            <translation>Bring die Schritte in die richtige Reihenfolge: Schritt auswählen und verschieben (ziehen oder Alt+Oben / Alt+Unten).</translation>
        </message>
        <message numerus="yes">
            <source>Choose %n answer(s).</source>
            <translation>
                <numerusform>Wähle %n Antwort.</numerusform>
                <numerusform>Wähle %n Antworten.</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose one answer.</source>
            <translation>Wähle eine Antwort.</translation>
        </message>
        <message>
            <source>Keys: A–%1, then Enter.</source>
            <translation>Tasten: A–%1, dann Eingabe.</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>&amp;Weiter</translation>
        </message>
        <message>
            <source>F&amp;inish exam</source>
            <translation>Prüfung &amp;beenden</translation>
        </message>
        <message>
            <source>Choose an answer first.</source>
            <translation>Wähle zuerst eine Antwort.</translation>
        </message>
        <message>
            <source>Could not save this answer: %1</source>
            <translation>Diese Antwort konnte nicht gespeichert werden: %1</translation>
        </message>
        <message>
            <source>Correct.</source>
            <translation>Richtig.</translation>
        </message>
        <message>
            <source>Not quite.</source>
            <translation>Nicht ganz.</translation>
        </message>
        <message>
            <source>&amp;Next question</source>
            <translation>&amp;Nächste Frage</translation>
        </message>
        <message>
            <source>See re&amp;sults</source>
            <translation>&amp;Ergebnis ansehen</translation>
        </message>
        <message>
            <source>The right order:</source>
            <translation>Die richtige Reihenfolge:</translation>
        </message>
        <message>
            <source>you put it at position %1</source>
            <translation>bei dir an Position %1</translation>
        </message>
        <message>
            <source>not placed</source>
            <translation>nicht eingeordnet</translation>
        </message>
        <message>
            <source>✓ correct answer</source>
            <translation>✓ richtige Antwort</translation>
        </message>
        <message>
            <source>✗ wrong answer</source>
            <translation>✗ falsche Antwort</translation>
        </message>
        <message>
            <source>your choice</source>
            <translation>deine Wahl</translation>
        </message>
        <message numerus="yes">
            <source>You answered %1 of %n question(s) correctly.</source>
            <translation>
                <numerusform>Du hast %1 von %n Frage richtig beantwortet.</numerusform>
                <numerusform>Du hast %1 von %n Fragen richtig beantwortet.</numerusform>
            </translation>
        </message>
        <message>
            <source>Score: %1 of %2</source>
            <translation>Punktzahl: %1 von %2</translation>
        </message>
        <message>
            <source>✓ Passed (%1 needed)</source>
            <translation>✓ Bestanden (%1 nötig)</translation>
        </message>
        <message>
            <source>✗ Not passed (%1 needed)</source>
            <translation>✗ Nicht bestanden (%1 nötig)</translation>
        </message>
        <message>
            <source>No wrong answers — well done.</source>
            <translation>Keine falschen Antworten – gut gemacht.</translation>
        </message>
        <message>
            <source>Question %1:</source>
            <translation>Frage %1:</translation>
        </message>
        <message>
            <source>&amp;Exam mode (timed, score out of 1000)</source>
            <translation>&amp;Prüfungsmodus (mit Zeitlimit, bis zu 1000 Punkte)</translation>
        </message>
        <message>
            <source>Explanations only at the end; 700 of 1000 points pass, as on the real exam.</source>
            <translation>Erklärungen erst am Ende; 700 von 1000 Punkten reichen zum Bestehen, wie in der echten Prüfung.</translation>
        </message>
    </context>
    <context>
        <name>Keyless::Ui::Study::ReviewWidget</name>
        <message numerus="yes">
            <source>in %n day(s)</source>
            <translation>
                <numerusform>in %n Tag</numerusform>
                <numerusform>in %n Tagen</numerusform>
            </translation>
        </message>
        <message>
            <source>tomorrow</source>
            <translation>morgen</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Gespeichert.</translation>
        </message>
        <message>
            <source>Could not save: %1</source>
            <translation>Konnte nicht speichern: %1</translation>
        </message>
        <message>
            <source>Show answer (Space)</source>
            <translation>Antwort zeigen (Leertaste)</translation>
        </message>
        <message>
            <source>Show the answer</source>
            <translation>Die Antwort zeigen</translation>
        </message>
        <message>
            <source>1 Again</source>
            <translation>1 Nochmal</translation>
        </message>
        <message>
            <source>2 Hard</source>
            <translation>2 Schwer</translation>
        </message>
        <message>
            <source>3 Good</source>
            <translation>3 Gut</translation>
        </message>
        <message>
            <source>4 Easy</source>
            <translation>4 Leicht</translation>
        </message>
        <message>
            <source>Forgot it: see it again in this session, and start over</source>
            <translation>Vergessen: in dieser Sitzung noch einmal zeigen und von vorn beginnen</translation>
        </message>
        <message>
            <source>Remembered with serious difficulty: see it again in this session</source>
            <translation>Nur mit viel Mühe gewusst: in dieser Sitzung noch einmal zeigen</translation>
        </message>
        <message>
            <source>Remembered after a hesitation</source>
            <translation>Nach kurzem Zögern gewusst</translation>
        </message>
        <message>
            <source>Remembered perfectly</source>
            <translation>Sofort gewusst</translation>
        </message>
        <message>
            <source>Card front</source>
            <translation>Vorderseite der Karte</translation>
        </message>
        <message>
            <source>Card back</source>
            <translation>Rückseite der Karte</translation>
        </message>
        <message numerus="yes">
            <source>Done for today: %n card(s) reviewed.</source>
            <translation>
                <numerusform>Fertig für heute: %n Karte wiederholt.</numerusform>
                <numerusform>Fertig für heute: %n Karten wiederholt.</numerusform>
            </translation>
        </message>
        <message>
            <source>The review cards cannot be loaded.</source>
            <translation>Die Karteikarten können nicht geladen werden.</translation>
        </message>
        <message>
            <source>Keyless could not read your progress, so it cannot tell which cards are due.</source>
            <translation>Keyless konnte deinen Fortschritt nicht lesen und weiß daher nicht, welche Karten fällig sind.</translation>
        </message>
        <message>
            <source>No cards are due today.</source>
            <translation>Heute sind keine Karten fällig.</translation>
        </message>
        <message numerus="yes">
            <source>Next review: %1 (%n card(s)).</source>
            <translation>
                <numerusform>Nächste Wiederholung: %1 (%n Karte).</numerusform>
                <numerusform>Nächste Wiederholung: %1 (%n Karten).</numerusform>
            </translation>
        </message>
        <message>
            <source>There are no review cards.</source>
            <translation>Es gibt keine Karteikarten.</translation>
        </message>
        <message>
            <source>All caught up.</source>
            <translation>Alles erledigt.</translation>
        </message>
        <message numerus="yes">
            <source>%n card(s) left today</source>
            <translation>
                <numerusform>Heute noch %n Karte</numerusform>
                <numerusform>Heute noch %n Karten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n card(s) to see again</source>
            <translation>
                <numerusform>%n Karte zum Wiederholen</numerusform>
                <numerusform>%n Karten zum Wiederholen</numerusform>
            </translation>
        </message>
        <message>
            <source>How well did you remember? Press 1–4.</source>
            <translation>Wie gut wusstest du es? Drücke 1–4.</translation>
        </message>
        <message>
            <source>Recall the answer, then press Space.</source>
            <translation>Erinnere dich an die Antwort, dann drücke die Leertaste.</translation>
        </message>
    </context>
    <context>
        <name>Keyless::Ui::WelcomeDialog</name>
        <message>
            <source>Welcome to Keyless</source>
            <translation>Willkommen bei Keyless</translation>
        </message>
        <message>
            <source>Your progress is saved on this computer.</source>
            <translation>Dein Fortschritt wird auf diesem Computer gespeichert.</translation>
        </message>
        <message>
            <source>Your progress cannot be saved in this session: it is lost when you close Keyless.</source>
            <translation>Dein Fortschritt kann in dieser Sitzung nicht gespeichert werden: Er geht verloren, wenn du Keyless schließt.</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Welcome to Keyless&lt;/h2&gt;&lt;p&gt;Keyless teaches Azure managed identities — how a service reaches another one with no secret at all. Everything runs offline against a simulated Azure. There are three ways to use it:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Study&lt;/b&gt;: read the lessons, practise exam-style questions and review flash cards. %1&lt;/li&gt;&lt;li&gt;&lt;b&gt;Labs&lt;/b&gt;: fix broken setups in a simulated cloud with a console and portal-like views, and watch the token flow hop by hop.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Classroom&lt;/b&gt;: press F11 for presenter mode — full screen and large type for a projector.&lt;/li&gt;&lt;/ul&gt;</source>
            <translation>&lt;h2&gt;Willkommen bei Keyless&lt;/h2&gt;&lt;p&gt;Keyless bringt dir verwaltete Identitäten in Azure bei – wie ein Dienst einen anderen ganz ohne Geheimnis erreicht. Alles läuft offline gegen ein simuliertes Azure. Es gibt drei Arten, Keyless zu nutzen:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Lernen&lt;/b&gt;: Lektionen lesen, prüfungsnahe Fragen üben und Karteikarten wiederholen. %1&lt;/li&gt;&lt;li&gt;&lt;b&gt;Labs&lt;/b&gt;: kaputte Konfigurationen in einer simulierten Cloud mit Konsole und portalähnlichen Ansichten reparieren und dem Token-Ablauf Schritt für Schritt zusehen.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Unterricht&lt;/b&gt;: F11 drücken für den Präsentationsmodus – Vollbild und große Schrift für den Beamer.&lt;/li&gt;&lt;/ul&gt;</translation>
        </message>
        <message>
            <source>Welcome text</source>
            <translation>Begrüßungstext</translation>
        </message>
        <message>
            <source>&amp;Start the first lesson</source>
            <translation>Mit der ersten Lektion &amp;beginnen</translation>
        </message>
        <message>
            <source>&amp;Look around first</source>
            <translation>Erst einmal &amp;umsehen</translation>
        </message>
    </context>
</TS>
