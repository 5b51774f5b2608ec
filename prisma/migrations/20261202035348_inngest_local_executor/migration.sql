-- CreateEnum
CREATE TYPE "InngestRunStatus" AS ENUM ('QUEUED', 'RUNNING', 'SLEEPING', 'WAITING', 'COMPLETED', 'FAILED');

-- CreateTable
CREATE TABLE "InngestEvent" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "event" JSONB NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InngestEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InngestRun" (
    "id" TEXT NOT NULL,
    "functionId" TEXT NOT NULL,
    "event" JSONB NOT NULL,
    "status" "InngestRunStatus" NOT NULL DEFAULT 'QUEUED',
    "steps" JSONB NOT NULL DEFAULT '{}',
    "stack" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "attempt" INTEGER NOT NULL DEFAULT 0,
    "targetStepId" TEXT,
    "plannedMode" BOOLEAN NOT NULL DEFAULT false,
    "pendingStep" JSONB,
    "runAt" TIMESTAMP(3),
    "priority" INTEGER NOT NULL DEFAULT 0,
    "concurrencyKeys" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "leaseOwner" TEXT,
    "leaseExpiresAt" TIMESTAMP(3),
    "output" JSONB,
    "error" JSONB,
    "parentRunId" TEXT,
    "parentStepId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "InngestRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InngestWait" (
    "runId" TEXT NOT NULL,
    "stepId" TEXT NOT NULL,
    "eventName" TEXT NOT NULL,
    "expression" TEXT,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "InngestWait_pkey" PRIMARY KEY ("runId","stepId")
);

-- CreateTable
CREATE TABLE "InngestCronState" (
    "functionId" TEXT NOT NULL,
    "cron" TEXT NOT NULL,
    "lastTickAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "InngestCronState_pkey" PRIMARY KEY ("functionId")
);

-- CreateIndex
CREATE INDEX "InngestRun_status_runAt_idx" ON "InngestRun"("status", "runAt");

-- CreateIndex
CREATE INDEX "InngestRun_functionId_status_idx" ON "InngestRun"("functionId", "status");

-- CreateIndex
CREATE INDEX "InngestWait_eventName_idx" ON "InngestWait"("eventName");
