"""Whole-process timings of fixdesk commands: median wall time and median CPU time (user + system)
of N runs of each command, for one or more binaries run alternately, so that every binary meets the
same load. CPU time moves less than wall time when other work shares the machine."""
import os
import statistics
import sys
import time

PASTES = {
    "--help": ["--help"],
    "match --json, Graph API error": ["match", "--json",
        '{"error":{"message":"(#131047) Re-engagement message","type":"OAuthException","code":131047,'
        '"error_data":{"messaging_product":"whatsapp","details":"Message failed to send because more than '
        '24 hours have passed since the customer last replied to this number."},"fbtrace_id":"AbCdEfGh"}}'],
    "match --json, Turkish sentence": ["match", "--json",
        "Mesajınız gönderilemedi. Alıcı 24 saatten uzun süredir aktif değil. Lütfen onaylı bir şablon kullanın veya yanıtlarını bekleyin"],
    "match --json, Portuguese CRM sentence": ["match", "--json",
        "Você só pode responder a esta conversa usando um modelo de mensagem devido a Restrições de janela de mensagem de 24 horas"],
    "search": ["search", "sablonunuzu", "duraklatildi"],
}


def run_once(argv):
    """Wall seconds and CPU seconds of one run, output discarded."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    start = time.perf_counter()
    pid = os.posix_spawn(argv[0], argv, os.environ,
                         file_actions=[(os.POSIX_SPAWN_DUP2, devnull, 1), (os.POSIX_SPAWN_DUP2, devnull, 2)])
    _, status, usage = os.wait4(pid, 0)
    wall = time.perf_counter() - start
    os.close(devnull)
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        sys.exit(f"{' '.join(argv[:2])} exited with {code}")
    return wall, usage.ru_utime + usage.ru_stime


def main():
    runs = int(sys.argv[1])
    content = sys.argv[2]
    binaries = sys.argv[3:]  # label=path=index
    setups = [b.split("=", 2) for b in binaries]
    results = {(label, name): ([], []) for label, _, _ in setups for name in PASTES}
    for _ in range(runs):
        for name, arguments in PASTES.items():
            for label, path, index in setups:
                extra = [] if arguments == ["--help"] else ["--content", content, "--index", index]
                wall, cpu = run_once([path] + arguments + extra)
                results[(label, name)][0].append(wall)
                results[(label, name)][1].append(cpu)
    labels = [label for label, _, _ in setups]
    header = "| command | " + " | ".join(f"{label} wall | {label} CPU" for label in labels)
    if len(labels) == 2:
        header += f" | {labels[1]} / {labels[0]} wall"
    print(header + " |")
    print("|" + " --- |" * (1 + 2 * len(labels) + (1 if len(labels) == 2 else 0)))
    for name in PASTES:
        cells = []
        medians = []
        for label in labels:
            walls, cpus = results[(label, name)]
            medians.append(statistics.median(walls))
            cells.append(f"{statistics.median(walls) * 1000:.1f} ms | {statistics.median(cpus) * 1000:.1f} ms")
        row = f"| `{name}` | " + " | ".join(cells)
        if len(labels) == 2:
            row += f" | {medians[1] / medians[0]:.2f}"
        print(row + " |")
    print(f"\nmedian of {runs} runs each, binaries alternating; load average before: "
          f"{os.getloadavg()[0]:.1f}", file=sys.stderr)


main()
