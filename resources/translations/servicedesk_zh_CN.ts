<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>MainWindow</name>
    <message>
        <source>Service Desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::BusinessCalendar</name>
    <message>
        <source>A time must be text in the form HH:MM, e.g. &quot;09:00&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hour of &quot;%1&quot; must be between 00 and 24.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minute of &quot;%1&quot; must be between 00 and 59.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is past the end of the day; use &quot;24:00&quot; for midnight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An interval must be a list of two times, e.g. [&quot;09:00&quot;, &quot;12:00&quot;].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interval starts at %1 but ends at %2; the start must come before the end. Split intervals that cross midnight into two days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A weekday must be a list of intervals, e.g. [[&quot;09:00&quot;, &quot;12:00&quot;], [&quot;13:30&quot;, &quot;18:00&quot;]].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interval %1-%2 overlaps %3-%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The week must be an object with keys mon, tue, wed, thu, fri, sat and sun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown weekday &quot;%1&quot;; use mon, tue, wed, thu, fri, sat or sun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a list of dates in the form YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date in the form YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A calendar must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot;; a calendar has name, timezone, week, holidays and extra_workdays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time zone is missing; give an IANA id such as &quot;Asia/Shanghai&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown time zone &quot;%1&quot;; give an IANA id such as &quot;Asia/Shanghai&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar has no working time: give working hours for at least one weekday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the calendar file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 at offset %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::Codes</name>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault / repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return / exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P1 urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P2 high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P3 normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P4 low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending third party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L1 first line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L2 specialist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L3 engineering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::ConfigurationJson</name>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a non-empty text is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number of zero or more is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;servicedesk-config&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only version 1 is understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use 1 to 8 capital letters or digits, e.g. &quot;HQ&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one calendar is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a calendar object is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rule object is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate tier code &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one tier must have no rule: it is the fallback for everyone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown tier &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of P1, P2, P3, P4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>targets must be at least one minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown calendar &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no policy for tier &quot;%1&quot; and priority %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate policy for tier &quot;%1&quot; and priority %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate team code &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of category codes is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown category; use one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown role; use one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown team &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate login &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::CustomerService</name>
    <message>
        <source>the customer needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the birthday is not a valid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown tier &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer code %1 is already taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed this customer at %2 after you opened it; reload to see their changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no customer with code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the purchase needs a product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the purchase needs a valid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::Database</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database has schema version %1, newer than this program understands (%2); install a newer Service Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot back up the database before upgrading it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema step %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::DemoGenerator</name>
    <message>
        <source>the database already holds %1 tickets; demo data goes into an empty database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the demo word lists are missing from the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the configuration has no active agents to assign tickets to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no SLA policy for tier &quot;%1&quot; and priority %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::QueueQuery</name>
    <message>
        <source>&quot;my tickets&quot; needs a user</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::Sql</name>
    <message>
        <source>The database refused the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::TicketService</name>
    <message>
        <source>the ticket needs a subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the subject is longer than 200 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a customer or give a contact name or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown complaint cause; use one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown team &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calendar &quot;%1&quot; is not configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no SLA policy for tier &quot;%1&quot; and priority %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a ticket cannot go from &quot;%1&quot; to &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>describe the solution before resolving the ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1 is not an active user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only an open ticket can be escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ticket is already at the highest support level (L3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the comment is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the satisfaction score must be from 1 to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>satisfaction is recorded once the ticket is resolved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::TicketStore</name>
    <message>
        <source>ticket %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed this ticket at %2 after you opened it; reload to see their changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sd::UserDirectory</name>
    <message>
        <source>no user &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sdctl</name>
    <message>
        <source>Database file (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>expected %n argument(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Try &apos;sdctl %1 --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1: %2 calendars, %3 tiers, %4 SLA policies, %5 teams, %6 users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the configuration to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config import FILE: replaces calendars, tiers, SLA policies and teams and adds or updates users from FILE; a file with any error changes nothing.
config export FILE: writes the current configuration to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration JSON file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use: sdctl config import|export FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates the database (or upgrades an older one) and seeds the default configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database ready: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup of the previous version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the schema version and SQLite&apos;s integrity check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integrity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies the tier rule (last 12 months&apos; purchases) to every customer whose tier is not locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use: sdctl tiers recompute [--db PATH]</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) changed tier</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>--%1: give a whole number of 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fills an empty database with a year of realistic, deterministic demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of tickets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of customers (default: tickets / 8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do nothing if the database file already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists; no demo data added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 tickets in %2 s: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not an ISO 8601 instant with an offset or Z (e.g. 2026-10-08T09:30:00+08:00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--minutes: &quot;%1&quot; is not a whole number of minutes (0 or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the calendar has not enough working time to reach this target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sla due: prints the instant a target of N business minutes from --start falls due.
sla elapsed: prints the business seconds between --from and --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar JSON file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start instant (sla due).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target in business minutes (sla due).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start instant (sla elapsed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End instant (sla elapsed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use: sdctl sla due|elapsed --calendar FILE ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUSTOMER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SUBJECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--queue: unknown queue &quot;%1&quot;; use open, mine, unassigned, at-risk, breached, pending, pending-customer, resolved or all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sort: unknown column &quot;%1&quot;; use due, number, created, updated, priority, status or resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit: give a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 ticket(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tickets list: shows a queue.
tickets search TEXT: finds tickets by number, phone, or words of subject, description or customer name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open, mine, unassigned, at-risk, breached, pending, pending-customer, resolved, all (default: open; all for search).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due, number, created, updated, priority, status, resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort descending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N tickets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user for the &quot;mine&quot; queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to look for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use: sdctl tickets list|search ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create or upgrade a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print schema version and integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import or export the configuration (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compute due times and business time with a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apply the tier rule to all customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list queues and search tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fill a database with realistic demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: sdctl COMMAND [options]   (sdctl COMMAND --help for details)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sdctl: unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
