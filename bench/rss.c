/* Run a command and record what the benchmark needs of it: wall time,
 * start to exit, peak resident set size and CPU time — from one clock and
 * wait4(2), so that the benchmark needs neither GNU time nor `date +%N`.
 *
 *   rss RESULT CMD [ARG...]
 *
 * CMD inherits standard input, output and error. RESULT receives one line,
 * "WALL_NS MAXRSS_KB USER_NS SYS_NS"; the exit status is CMD's (128 + the
 * signal number if it was killed, 127 if it could not be run). */
#define _DEFAULT_SOURCE         /* wait4 and struct rusage's ru_maxrss */

#include <sys/resource.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/wait.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static long long
ns_of(const struct timeval *tv)
{
	return (long long)tv->tv_sec * 1000000000LL +
	    (long long)tv->tv_usec * 1000LL;
}

int
main(int argc, char *argv[])
{
	struct timespec t0, t1;
	struct rusage ru;
	FILE *fp;
	pid_t pid;
	int st, rc;

	if (argc < 3) {
		fputs("usage: rss RESULT CMD [ARG...]\n", stderr);
		return 127;
	}
	/* Open RESULT first: a bad path must not cost a whole run. */
	if ((fp = fopen(argv[1], "w")) == NULL) {
		fprintf(stderr, "rss: %s: %s\n", argv[1], strerror(errno));
		return 127;
	}
	clock_gettime(CLOCK_MONOTONIC, &t0);
	if ((pid = fork()) == -1) {
		fprintf(stderr, "rss: fork: %s\n", strerror(errno));
		return 127;
	}
	if (pid == 0) {
		fclose(fp);
		execvp(argv[2], argv + 2);
		fprintf(stderr, "rss: %s: %s\n", argv[2], strerror(errno));
		_exit(127);
	}
	while (wait4(pid, &st, 0, &ru) == -1) {
		if (errno != EINTR) {
			fprintf(stderr, "rss: wait4: %s\n", strerror(errno));
			return 127;
		}
	}
	clock_gettime(CLOCK_MONOTONIC, &t1);

	if (WIFEXITED(st))
		rc = WEXITSTATUS(st);
	else if (WIFSIGNALED(st))
		rc = 128 + WTERMSIG(st);
	else
		rc = 127;
	/* ru_maxrss is in kilobytes on Linux. */
	fprintf(fp, "%lld %ld %lld %lld\n",
	    (long long)(t1.tv_sec - t0.tv_sec) * 1000000000LL +
	    (t1.tv_nsec - t0.tv_nsec), ru.ru_maxrss, ns_of(&ru.ru_utime),
	    ns_of(&ru.ru_stime));
	if (fclose(fp) == EOF) {
		fprintf(stderr, "rss: %s: %s\n", argv[1], strerror(errno));
		return 127;
	}
	return rc;
}
